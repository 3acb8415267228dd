import { processIO, runCli } from './index';

runCli(process.argv.slice(2), processIO).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`Lỗi không mong muốn: ${String(e)}`);
    process.exitCode = 1;
  },
);
