#!/usr/bin/env python3
# Regenerates Sources/ChisoCore/Text/Term.swift from the rows of the glossary table: GlossaryTable.swift, then the
# command line help's rows in GlossaryTable+Help.swift (the order Glossary parses them).
# Run from the repository root after adding a row; GlossaryTests fails when the two disagree.
import json, re, sys
s=''.join(open('Sources/ChisoCore/Text/'+f).read() for f in ['GlossaryTable.swift', 'GlossaryTable+Help.swift'])
keys=[k for k in re.findall(r'^    \| ([a-zA-Z0-9.]+) \|', s, re.M) if k!='key']
def case(k):
    a,b=k.split('.',1)
    b=b.replace('.','_')
    return a+b[0].upper()+b[1:]
out=['/// The keys of the glossary (GlossaryTable.swift, GlossaryTable+Help.swift), one case per row; GlossaryTests checks that the two agree.',
     '/// Regenerate after adding rows: `python3 Scripts/gen-terms.py`.',
     'public enum Term: String, CaseIterable, Sendable {']
out+= [f'    case {case(k)} = "{k}"' for k in keys]
out.append('}')
open('Sources/ChisoCore/Text/Term.swift','w').write('\n'.join(out)+'\n')
print(len(keys),'terms')
