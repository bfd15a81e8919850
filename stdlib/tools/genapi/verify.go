package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// verify checks the declaration files under dir against the real
// packages and returns the problems found.
func verify(g *gen, dir string) []string {
	var problems []string
	bad := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf(format, args...))
	}

	// The files are the generator's current output, and there are no others.
	want := map[string]bool{}
	for _, p := range g.pkgs {
		file := fileFor(dir, p.path)
		want[filepath.Clean(file)] = true
		disk, err := os.ReadFile(file)
		if err != nil {
			bad("%v", err)
			continue
		}
		if !bytes.Equal(disk, p.text) {
			bad("%s: stale: regenerate with go run . -out %s", file, dir)
		}
	}
	filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(file, ".go") && !want[filepath.Clean(file)] {
			bad("%s: not a package of the set", file)
		}
		return nil
	})

	// (1) The files type-check together, importing only each other.
	gi := &genImporter{fset: token.NewFileSet(), dir: dir, pkgs: map[string]*types.Package{}}
	for _, p := range g.pkgs {
		if _, err := gi.Import(p.path); err != nil {
			bad("%v", err)
		}
	}
	problems = append(problems, gi.errs...)

	// (2) Every member agrees with the real one.
	for _, p := range g.pkgs {
		gp := gi.pkgs[p.path]
		if gp == nil {
			continue
		}
		for _, s := range compare(p, gp) {
			bad("%s: %s", p.path, s)
		}
	}
	return problems
}

// genImporter type-checks the declaration files, resolving imports among
// them only.
type genImporter struct {
	fset *token.FileSet
	dir  string
	pkgs map[string]*types.Package
	busy map[string]bool
	errs []string
}

func (gi *genImporter) Import(path string) (*types.Package, error) {
	if pkg, ok := gi.pkgs[path]; ok {
		return pkg, nil
	}
	if gi.busy == nil {
		gi.busy = map[string]bool{}
	}
	if gi.busy[path] {
		return nil, fmt.Errorf("import cycle through %q", path)
	}
	gi.busy[path] = true
	defer delete(gi.busy, path)
	file := fileFor(gi.dir, path)
	f, err := parser.ParseFile(gi.fset, file, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	conf := types.Config{
		Importer: gi,
		Sizes:    sizes,
		Error: func(err error) {
			// Declarations have no bodies; go/types wants them for
			// generic functions (a compiler could not instantiate one
			// without), which is no problem for a declaration file.
			if te, ok := err.(types.Error); ok && te.Msg == "generic function is missing function body" {
				return
			}
			gi.errs = append(gi.errs, err.Error())
		},
	}
	pkg, _ := conf.Check(path, gi.fset, []*ast.File{f}, nil)
	gi.pkgs[path] = pkg
	return pkg, nil
}

// full writes a type with package paths: io/fs.FileMode.
func full(t types.Type) string { return types.TypeString(t, nil) }

// compare checks the declared package gp against the real one.
func compare(p *pkgGen, gp *types.Package) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	rp := p.pkg
	if gp.Name() != rp.Name() {
		bad("package name %s, want %s", gp.Name(), rp.Name())
	}
	rs, gs := rp.Scope(), gp.Scope()
	for _, name := range rs.Names() {
		r := rs.Lookup(name)
		if !r.Exported() {
			continue
		}
		d := gs.Lookup(name)
		if reason, left := p.omitSet[name]; left {
			if d != nil {
				bad("%s is declared but listed as left out (%s)", name, reason)
			}
			continue
		}
		if d == nil {
			bad("%s is neither declared nor listed as left out", name)
			continue
		}
		out = append(out, compareObj(p, r, d)...)
	}
	for _, name := range gs.Names() {
		d := gs.Lookup(name)
		r := rs.Lookup(name)
		if r == nil {
			bad("%s is declared but the real package has no %s", name, name)
			continue
		}
		if !d.Exported() {
			if _, ok := d.(*types.TypeName); !ok {
				bad("unexported %s is declared and not a type", name)
				continue
			}
			out = append(out, compareObj(p, r, d)...)
		}
	}
	return out
}

func compareObj(p *pkgGen, r, d types.Object) []string {
	var out []string
	bad := func(format string, args ...any) {
		out = append(out, r.Name()+": "+fmt.Sprintf(format, args...))
	}
	if fmt.Sprintf("%T", r) != fmt.Sprintf("%T", d) {
		bad("declared as %T, real %T", d, r)
		return out
	}
	if a, b := full(r.Type()), full(d.Type()); a != b {
		bad("type %s, want %s", b, a)
	}
	switch r := r.(type) {
	case *types.Const:
		d := d.(*types.Const)
		if r.Val().Kind() != d.Val().Kind() {
			bad("value kind %v, want %v", d.Val().Kind(), r.Val().Kind())
		}
		if a, b := r.Val().ExactString(), d.Val().ExactString(); a != b {
			bad("value %s, want %s", b, a)
		}
	case *types.TypeName:
		d := d.(*types.TypeName)
		if r.IsAlias() != d.IsAlias() {
			bad("alias %v, want %v", d.IsAlias(), r.IsAlias())
			return out
		}
		if r.IsAlias() {
			if a, b := full(types.Unalias(r.Type())), full(types.Unalias(d.Type())); a != b {
				bad("alias of %s, want %s", b, a)
			}
			return out
		}
		ru, du := r.Type().Underlying(), d.Type().Underlying()
		if types.Comparable(r.Type()) != types.Comparable(d.Type()) {
			bad("comparable %v, want %v", types.Comparable(d.Type()), types.Comparable(r.Type()))
		}
		if p.standinTypes[r.Name()] {
			// Only the exported fields are Go's; the rest are stand-ins.
			if a, b := exportedFields(ru), exportedFields(du); a != b {
				bad("exported fields %s, want %s", b, a)
			}
		} else if a, b := full(ru), full(du); a != b {
			bad("underlying type %s, want %s", b, a)
		}
		for _, t := range []types.Type{r.Type(), types.NewPointer(r.Type())} {
			dt := d.Type()
			if _, ok := t.(*types.Pointer); ok {
				dt = types.NewPointer(dt)
			}
			rm, dm := methodSet(t), methodSet(dt)
			for name, sig := range rm {
				dsig, ok := dm[name]
				if _, left := p.omitSet[r.Name()+"."+name]; left {
					if ok && r.Exported() {
						bad("method %s is declared but listed as left out", name)
					}
					continue
				}
				switch {
				case !ok && r.Exported():
					bad("method set of %s lacks %s", full(t), name)
				case ok && dsig != sig:
					bad("method %s%s, want %s", name, dsig, sig)
				}
			}
			for name := range dm {
				if _, ok := rm[name]; !ok {
					bad("method set of %s has %s, the real one does not", full(t), name)
				}
			}
		}
	}
	return out
}

// methodSet maps the exported methods of t to their signatures.
func methodSet(t types.Type) map[string]string {
	m := map[string]string{}
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		obj := ms.At(i).Obj()
		if obj.Exported() {
			m[obj.Name()] = strings.TrimPrefix(full(obj.Type()), "func")
		}
	}
	return m
}

// exportedFields lists a struct's exported fields.
func exportedFields(t types.Type) string {
	s, ok := t.(*types.Struct)
	if !ok {
		return full(t)
	}
	var fs []string
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		if f.Exported() {
			fs = append(fs, fmt.Sprintf("%s %s %q", f.Name(), full(f.Type()), s.Tag(i)))
		}
	}

	return "{" + strings.Join(fs, "; ") + "}"
}
