/* global module */
'use strict';
// Plain CommonJS in the oldest syntax on purpose: this runs before anything else, on whatever Node the
// user has, so that an old Node gets a clear message instead of a syntax error from deep inside a module.

/** The lowest major version in an engines range such as ">=20" or ">=20.0.0". */
function minimumMajor(range) {
  var match = /(\d+)/.exec(String(range || ''));
  return match ? Number(match[1]) : 0;
}

/**
 * What to do on this Node: stop with a message (below engines), say one line about end of life (Node 20,
 * on a terminal only, so scheduled runs and pipes stay quiet), or nothing.
 */
function checkNode(version, engines, isTerminal) {
  var major = Number(String(version).replace(/^v/, '').split('.')[0]);
  var required = minimumMajor(engines);
  if (major < required) {
    return {
      stop: true,
      message:
        'review-sync needs Node.js ' +
        required +
        ' or newer, and this is Node.js ' +
        version +
        '.\n' +
        'Install a current LTS release (22 or 24) and run it again.\n',
    };
  }
  if (major === 20 && isTerminal) {
    return {
      stop: false,
      message:
        'review-sync: Node.js 20 reached end of life in April 2026; it still works, but move to 22 or 24.\n',
    };
  }
  return { stop: false, message: '' };
}

module.exports = { checkNode: checkNode, minimumMajor: minimumMajor };
