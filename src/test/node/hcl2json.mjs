// Prints {"<file>": <HCL as JSON>, ...} for the given .tf files, using HashiCorp's parser (compiled to
// WebAssembly) so the Java checks see Terraform exactly as Terraform reads it. Exit 2 on a parse error.
import { parse } from "@cdktf/hcl2json";
import { readFileSync } from "node:fs";

const out = {};
for (const file of process.argv.slice(2)) {
  try {
    out[file] = await parse(file, readFileSync(file, "utf8"));
  } catch (e) {
    process.stderr.write(`${file}: ${e && e.message ? e.message : e}\n`);
    process.exit(2);
  }
}
process.stdout.write(JSON.stringify(out));
