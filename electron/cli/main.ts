import { stopOcr } from '../ocr/host';
import { processIO, runCli } from './index';

// The OCR worker thread (started only if a scan was read) would keep the process alive: stop it.
runCli(process.argv.slice(2), processIO)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`Lỗi không mong muốn: ${String(e)}`);
      process.exitCode = 1;
    },
  )
  .finally(() => stopOcr());
