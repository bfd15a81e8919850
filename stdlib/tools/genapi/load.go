package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
)

// sizes are gc's for amd64: the declarations are generated for
// linux/amd64 whatever the host.
var sizes = types.SizesFor("gc", "amd64")

// loader type-checks standard packages from $GOROOT/src, each once, and
// keeps their syntax and object maps.
type loader struct {
	fset   *token.FileSet
	ctxt   build.Context
	goroot string
	pkgs   map[string]*realPkg
}

// realPkg is one type-checked package of $GOROOT/src.
type realPkg struct {
	path  string
	dir   string
	pkg   *types.Package
	files []*ast.File
	info  *types.Info
	errs  []error
	done  bool
}

func newLoader(goroot string) *loader {
	ctxt := build.Default
	ctxt.GOROOT = goroot
	ctxt.GOPATH = ""
	ctxt.GOOS = "linux"
	ctxt.GOARCH = "amd64"
	ctxt.CgoEnabled = false
	ctxt.Compiler = "gc"
	return &loader{
		fset:   token.NewFileSet(),
		ctxt:   ctxt,
		goroot: goroot,
		pkgs:   map[string]*realPkg{},
	}
}

func (l *loader) Import(path string) (*types.Package, error) {
	return l.ImportFrom(path, "", 0)
}

func (l *loader) ImportFrom(path, _ string, _ types.ImportMode) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	p, err := l.load(path)
	if err != nil {
		return nil, err
	}
	return p.pkg, nil
}

// load type-checks the package with the given import path; a path that
// is not in $GOROOT/src is looked up in $GOROOT/src/vendor, as the go
// command does for the standard library.
func (l *loader) load(path string) (*realPkg, error) {
	dir := filepath.Join(l.goroot, "src", filepath.FromSlash(path))
	if !isDir(dir) {
		vdir := filepath.Join(l.goroot, "src", "vendor", filepath.FromSlash(path))
		if !isDir(vdir) {
			return nil, fmt.Errorf("cannot find package %q in %s", path, l.goroot)
		}
		dir, path = vdir, "vendor/"+path
	}
	if p, ok := l.pkgs[path]; ok {
		if !p.done {
			return nil, fmt.Errorf("import cycle through %q", path)
		}
		return p, nil
	}
	p := &realPkg{path: path, dir: dir}
	l.pkgs[path] = p
	defer func() { p.done = true }()

	bp, err := l.ctxt.ImportDir(dir, 0)
	if err != nil {
		return nil, fmt.Errorf("package %s: %v", path, err)
	}
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(l.fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		p.files = append(p.files, f)
	}
	p.info = &types.Info{
		Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{},
	}
	conf := types.Config{
		Importer: l,
		Sizes:    sizes,
		Error:    func(err error) { p.errs = append(p.errs, err) },
	}
	p.pkg, _ = conf.Check(path, l.fset, p.files, p.info)
	return p, nil
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
