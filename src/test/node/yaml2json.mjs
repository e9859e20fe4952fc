// Prints a CloudFormation/SAM YAML file as JSON. Short-form intrinsics (!Ref, !GetAtt, !Sub, ...) are
// turned into their long form ({"Ref": ...}, {"Fn::GetAtt": [...]}) as CloudFormation itself does.
import yaml from "js-yaml";
import { readFileSync } from "node:fs";

const FUNCTIONS = ["Base64", "Cidr", "FindInMap", "GetAZs", "ImportValue", "Join", "Select", "Split", "Sub",
  "Transform", "And", "Equals", "If", "Not", "Or", "ToJsonString", "Length"];

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
const schema = yaml.DEFAULT_SCHEMA.extend(types);

const file = process.argv[2];
try {
  process.stdout.write(JSON.stringify(yaml.load(readFileSync(file, "utf8"), { schema, filename: file })));
} catch (e) {
  process.stderr.write(`${file}: ${e && e.message ? e.message : e}\n`);
  process.exit(2);
}
