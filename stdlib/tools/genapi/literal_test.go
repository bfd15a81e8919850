package main

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// check type-checks src and returns its package.
func check(t *testing.T, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("x", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return pkg
}

// TestConstLiteral checks that the literal written for a constant denotes
// exactly its value, of its kind and type.
func TestConstLiteral(t *testing.T) {
	decls := []string{
		"A = 1.0 / 3",
		"B = 0.5",
		"C = 2.0",
		"D float64 = 1.0 / 3",
		"E float32 = 0.1",
		"F = 1e-400",
		"G = 1e5000",
		"H = -1e5000 / 3",
		"I = 0x1p-1074",
		"J = 'x'",
		"K = '\\x00' + 0x110000",
		"L = '\\x00' + 0xD800",
		"M = -7.25e-30",
		"N = 1 << 100",
		"O = \"a\\x00\\xffb\"",
		"P = 1 < 2",
		"Q = 1e308 * 1e308",
		"R = 0.0",
		"S uint8 = 255",
		"T = 1.0 / 7 * 1e-100",
	}
	src := "package x\n\nconst (\n"
	for _, d := range decls {
		src += "\t" + d + "\n"
	}
	src += ")\n"
	want := check(t, src)

	out := "package x\n\nconst (\n"
	for _, name := range want.Scope().Names() {
		c := want.Scope().Lookup(name).(*types.Const)
		lit, err := constLiteral(c)
		if err != nil {
			t.Fatal(err)
		}
		typ := ""
		if b, ok := c.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
			typ = " " + c.Type().String()
		}
		out += "\t" + name + typ + " = " + lit + "\n"
	}
	out += ")\n"
	got := check(t, out)
	for _, name := range want.Scope().Names() {
		w := want.Scope().Lookup(name).(*types.Const)
		g := got.Scope().Lookup(name).(*types.Const)
		if w.Type().String() != g.Type().String() || w.Val().Kind() != g.Val().Kind() || w.Val().ExactString() != g.Val().ExactString() {
			t.Errorf("%s: got %s %v %s, want %s %v %s", name,
				g.Type(), g.Val().Kind(), g.Val().ExactString(),
				w.Type(), w.Val().Kind(), w.Val().ExactString())
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}
