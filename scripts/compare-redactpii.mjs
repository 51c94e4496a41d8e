// Runs @redactpii/node (installed by scripts/compare.sh into its own
// folder, outside the repository's package.json) on one file, as a user
// of that library would: read the file, redact the whole text with the
// default rules, write the result. Prints the seconds those three steps
// took (Node's own start-up excluded: it is not the redactor's).
//
//   node scripts/compare-redactpii.mjs MODULE_DIR INPUT OUTPUT
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [dir, input, output] = process.argv.slice(2);
if (!output) {
  process.stderr.write('usage: compare-redactpii.mjs MODULE_DIR INPUT OUTPUT\n');
  process.exit(2);
}
const { Redactor } = createRequire(resolve(dir, 'package.json'))('@redactpii/node');
const redactor = new Redactor();
const start = process.hrtime.bigint();
const text = readFileSync(input, 'utf8');
writeFileSync(output, redactor.redact(text));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(`${seconds}\n`);
