// `vanthu`: the command-line entry. Errors go to stderr in Vietnamese with a non-zero exit code.
import { AppError } from '../../shared/errors';
import { CliUsageError, type CliIO } from './args';
import { loadAllCommands, loadCommand } from './commands';

const help = async () =>
  'Văn thư Tuyên giáo — dòng lệnh\n\nCách dùng: vanthu LỆNH [tham số]\n\n' +
  (await loadAllCommands()).map((c) => `  ${c.name.padEnd(14)} ${c.summary}`).join('\n') +
  '\n\nXem chi tiết: vanthu LỆNH --help\n';

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await help());
    return 0;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    io.stderr(`Lỗi: không có lệnh "${name}".\n\n${await help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${cmd.summary}\n\nCách dùng: ${cmd.usage}\n`);
    return 0;
  }
  try {
    const code = await cmd.run(rest, io);
    return typeof code === 'number' ? code : 0;
  } catch (e) {
    if (e instanceof CliUsageError) {
      io.stderr(`Lỗi: ${e.message}\nCách dùng: ${cmd.usage}\n`);
      return 2;
    }
    if (e instanceof AppError) {
      io.stderr(`Lỗi: ${e.message}\n${e.details ? e.details.map((d) => `  - ${d}`).join('\n') + '\n' : ''}`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`Lỗi: tham số không hợp lệ (${err.message}).\nCách dùng: ${cmd.usage}\n`);
      return 2;
    }
    if (err && (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR')) {
      io.stderr(`Lỗi: không đọc/ghi được tệp "${err.path ?? ''}" (${err.code}).\n`);
      return 1;
    }
    io.stderr(`Lỗi không mong muốn: ${err instanceof Error ? err.message : String(e)}\n`);
    if (process.env.VANTHU_DEBUG) io.stderr(String((e as Error).stack) + '\n');
    return 1;
  }
}

export const processIO: CliIO = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};
