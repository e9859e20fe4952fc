// Prints {"<file>": <file as JSON>, ...}: .tf files through HashiCorp's HCL parser (@cdktf/hcl2json, Go
// compiled to WebAssembly) so the Java checks see Terraform as Terraform reads it; .yaml/.yml files through
// js-yaml with CloudFormation's short-form intrinsics (!Ref, !GetAtt, !Sub, ...) expanded to their long
// form. One process for many files, because loading the parser costs more than parsing. Exit 2 on an error.
import { parse } from "@cdktf/hcl2json";
import yaml from "js-yaml";
import { readFileSync } from "node:fs";

const FUNCTIONS = ["Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue", "Join", "Select", "Split", "Sub",
  "Transform", "And", "Equals", "If", "Not", "Or", "ToJsonString", "Length"];

function cloudFormationSchema() {
  const types = [];
  for (const kind of ["scalar", "sequence", "mapping"]) {
    types.push(new yaml.Type("!Ref", { kind, construct: (d) => ({ Ref: d }) }));
    types.push(new yaml.Type("!Condition", { kind, construct: (d) => ({ Condition: d }) }));
    types.push(new yaml.Type("!GetAtt", {
      kind,
      construct: (d) => ({ "Fn::GetAtt": typeof d === "string" ? d.split(/\.(.*)/s, 2) : d }),
    }));
    for (const f of FUNCTIONS) {
      types.push(new yaml.Type(`!${f}`, { kind, construct: (d) => ({ [`Fn::${f}`]: d }) }));
    }
  }
  return yaml.DEFAULT_SCHEMA.extend(types);
}

const schema = cloudFormationSchema();
const out = {};
for (const file of process.argv.slice(2)) {
  try {
    const text = readFileSync(file, "utf8");
    out[file] = /\.ya?ml$/.test(file) ? yaml.load(text, { schema, filename: file }) : await parse(file, text);
  } catch (e) {
    process.stderr.write(`${file}: ${e && e.message ? e.message : e}\n`);
    process.exit(2);
  }
}
process.stdout.write(JSON.stringify(out));
