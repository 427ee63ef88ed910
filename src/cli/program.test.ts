import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './program.ts';

function helpOf(path: string[]): string {
  let command: Command = buildProgram();
  for (const name of path) {
    const next = command.commands.find((c) => c.name() === name);
    if (!next) throw new Error(`no command ${name}`);
    command = next;
  }
  let text = '';
  command.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  command.outputHelp();
  return text;
}

describe('review-sync help', () => {
  it.each([
    ['launch'],
    ['sync'],
    ['export'],
    ['doctor'],
    ['init'],
    ['config', 'check'],
    ['config', 'init'],
    ['sandbox'],
  ])('`%s --help` shows an example and the environment it reads', (...path) => {
    const help = helpOf(path);
    expect(help).toContain(`Examples:\n  $ review-sync ${path.join(' ')}`);
    expect(help).toMatch(/\nEnvironment(:\n {2}[A-Z_]+ {2}|: none read\.)/);
  });

  it('names NOTION_TOKEN wherever Notion is called', () => {
    for (const name of ['launch', 'sync', 'doctor', 'init']) expect(helpOf([name])).toContain('NOTION_TOKEN');
  });

  it('has a version', () => {
    expect(buildProgram().version()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
