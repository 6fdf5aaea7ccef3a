import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'
import { repoRoot } from '../support/paths'

/** The modules a file imports for their values (type-only imports and `import()` left out). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const specifiers: string[] = []
  for (const statement of source.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      statement.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword
    )
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text)
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier)
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text)
  }
  return specifiers
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@common/')
    ? join(repoRoot, 'electron/common', specifier.slice('@common/'.length))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null
  if (base === null) return null
  return ['', '.ts', '.tsx'].map((ext) => base + ext).find((path) => existsSync(path)) ?? null
}

/** Every package the console runs before its first paint: what main.tsx reaches statically. */
function packagesAtStart(): Map<string, string> {
  const entry = join(repoRoot, 'renderer/src/main.tsx')
  const seen = new Set([entry])
  const packages = new Map<string, string>()
  for (const file of seen) {
    for (const specifier of valueImports(file)) {
      const local = resolveLocal(file, specifier)
      if (local === null) packages.set(specifier, file.slice(repoRoot.length + 1))
      else if (local.endsWith('.ts') || local.endsWith('.tsx')) seen.add(local)
    }
  }
  return packages
}

describe('the console’s start', () => {
  it('runs React, its words and the app’s own code only: the validation library waits for a screen that needs it', () => {
    // The console is one classic script; what its first screen imports runs before the first
    // paint. zod and the workshop schema cost ~35 ms there on a repeat start. The first screen's
    // words need react-intl (its messages come parsed, so without the ICU parser).
    const packages = packagesAtStart()
    expect(packages.get('react')).toBeDefined()
    expect(packages.get('react-intl')).toBeDefined()
    expect([...packages.keys()].filter((name) => !/^react(-dom|-intl)?(\/|$)/.test(name))).toEqual(
      [],
    )
  })
})
