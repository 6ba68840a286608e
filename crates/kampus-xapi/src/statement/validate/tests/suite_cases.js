// Prints, one JSON line each, every statement the ADL conformance suite builds from its
// configuration files (test/<dir>/configs/*.js) with the status it expects, using the suite's
// own template merge (helper.js createTestObject: jQuery-style deep extend). Needs only node.
// Usage: node suite_cases.js <suite>/test/v2_0
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

const dir = path.resolve(process.argv[2]);
const templates = path.join(dir, 'templates');

// The configs require the suite's helper only for generateUUID.
const uuid = () => 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, c => {
  const r = Math.random() * 16 | 0;
  return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (/helper(\.js)?$/.test(request)) return { generateUUID: uuid };
  return load.apply(this, arguments);
};

const isPlain = o => o !== null && typeof o === 'object' && !Array.isArray(o);
function extend(target, source) {
  for (const name of Object.keys(source)) {
    const src = target[name];
    const copy = source[name];
    if (target === copy) continue;
    if (copy !== null && typeof copy === 'object') {
      const clone = Array.isArray(copy)
        ? (Array.isArray(src) ? src : [])
        : (isPlain(src) ? src : {});
      target[name] = extend(clone, copy);
    } else if (copy !== undefined) {
      target[name] = copy;
    }
  }
  return target;
}

function mapping(value) {
  const [folder, file] = value.slice(2, -2).split('.');
  return JSON.parse(fs.readFileSync(path.join(templates, folder, file + '.json'), 'utf8'));
}

function build(list) {
  const converted = list.map(item => {
    const key = Object.keys(item)[0];
    const value = item[key];
    if (typeof value === 'string' && value.startsWith('{{') && value.endsWith('}}')) {
      return { [key]: mapping(value) };
    }
    return JSON.parse(JSON.stringify(item));
  });
  converted.reverse();
  let from = {};
  converted.forEach((to, index) => {
    if (index === 0) { from = to; return; }
    extend(to[Object.keys(to)[0]], from);
    from = to;
  });
  return from[Object.keys(from)[0]];
}

for (const file of fs.readdirSync(path.join(dir, 'configs')).sort()) {
  const config = require(path.join(dir, 'configs', file)).config();
  for (const group of config) {
    for (const test of group.config) {
      const statement = test.templates ? build(test.templates) : test.json;
      // JSON.stringify turns Dates into strings and drops undefined, as the HTTP client does.
      console.log(JSON.stringify({ file, name: test.name, expect: test.expect[0], statement }));
    }
  }
}
