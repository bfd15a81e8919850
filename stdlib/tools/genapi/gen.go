package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/printer"
	"go/token"
	"go/types"
	"math/big"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// gen holds the decisions for all packages of the set.
type gen struct {
	l     *loader
	goVer string
	inSet map[string]bool
	// reasons says, for every type name of the set that a declaration
	// reached, why it cannot be declared ("" when it can).
	reasons map[*types.TypeName]string
	busy    map[*types.TypeName]bool
	pkgs    []*pkgGen // in the order of packages
	byPath  map[string]*pkgGen
}

// pkgGen is the declaration file of one package.
type pkgGen struct {
	g    *gen
	path string
	real *realPkg
	pkg  *types.Package

	constSrc map[*types.Const]ast.Expr
	members  []types.Object        // exported members declared, in source order
	declared map[types.Object]bool // members, and the unexported types declared
	omitted  []omission            // exported members (and methods) left out
	omitSet  map[string]string     // name or Type.Method -> reason
	subset   int                   // runtime members outside minigo's subset
	methods  int                   // methods declared on exported types
	standins []standin
	// standinTypes are the types with a stand-in field.
	standinTypes map[string]bool

	imports map[string]bool
	need    []*types.TypeName // unexported types to declare, in order
	text    []byte
}

type omission struct{ name, reason string }

type standin struct{ typeName, field, typ, reason string }

func generate(l *loader) (*gen, error) {
	g := &gen{
		l:       l,
		goVer:   goVersion(l.goroot),
		inSet:   map[string]bool{},
		reasons: map[*types.TypeName]string{},
		busy:    map[*types.TypeName]bool{},
		byPath:  map[string]*pkgGen{},
	}
	for _, p := range packages {
		g.inSet[p] = true
	}
	for _, path := range packages {
		rp, err := l.load(path)
		if err != nil {
			return nil, err
		}
		if len(rp.errs) > 0 {
			var b strings.Builder
			for _, e := range rp.errs {
				fmt.Fprintf(&b, "\n\t%v", e)
			}
			return nil, fmt.Errorf("type-checking %s from source:%s", path, b.String())
		}
		p := &pkgGen{
			g:            g,
			path:         path,
			real:         rp,
			pkg:          rp.pkg,
			declared:     map[types.Object]bool{},
			omitSet:      map[string]string{},
			standinTypes: map[string]bool{},
			imports:      map[string]bool{},
		}
		g.pkgs = append(g.pkgs, p)
		g.byPath[path] = p
	}
	// A package's declarations can name the types of the packages it
	// depends on, so those are decided first.
	for _, p := range g.dependencyOrder() {
		p.decide()
		if err := p.emit(); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// dependencyOrder lists the set's packages with every package after the
// ones it depends on, directly or through packages outside the set.
func (g *gen) dependencyOrder() []*pkgGen {
	var order []*pkgGen
	seen := map[*types.Package]bool{}
	var visit func(pkg *types.Package)
	visit = func(pkg *types.Package) {
		if seen[pkg] {
			return
		}
		seen[pkg] = true
		for _, imp := range pkg.Imports() {
			visit(imp)
		}
		if p := g.byPath[pkg.Path()]; p != nil {
			order = append(order, p)
		}
	}
	for _, p := range g.pkgs {
		visit(p.pkg)
	}
	return order
}

// ---- what can be declared ----

// typeReason says why t cannot be written in a declaration file of
// package cur, or "" if it can.
func (g *gen) typeReason(t types.Type, cur *types.Package) string {
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.UnsafePointer:
			return "needs unsafe.Pointer"
		case types.Invalid:
			return "invalid type"
		}
		return ""
	case *types.Alias:
		if t.TypeArgs().Len() > 0 || t.TypeParams().Len() > 0 {
			return "needs generic alias " + qualified(t.Obj())
		}
		return g.nameReason(t.Obj(), cur)
	case *types.Named:
		// An instance (iter.Seq[string]) needs its generic type and its
		// type arguments.
		if r := g.nameReason(t.Obj(), cur); r != "" {
			return r
		}
		return g.typeListReason(t.TypeArgs(), cur)
	case *types.Pointer:
		return g.typeReason(t.Elem(), cur)
	case *types.Slice:
		return g.typeReason(t.Elem(), cur)
	case *types.Array:
		return g.typeReason(t.Elem(), cur)
	case *types.Chan:
		return g.typeReason(t.Elem(), cur)
	case *types.Map:
		if r := g.typeReason(t.Key(), cur); r != "" {
			return r
		}
		return g.typeReason(t.Elem(), cur)
	case *types.Signature:
		if r := g.tparamsReason(t.TypeParams(), cur); r != "" {
			return r
		}
		if r := g.typeReason(t.Params(), cur); r != "" {
			return r
		}
		return g.typeReason(t.Results(), cur)
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if r := g.typeReason(t.At(i).Type(), cur); r != "" {
				return r
			}
		}
		return ""
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			if !f.Exported() && f.Pkg() != cur {
				return "needs a struct type with unexported fields of " + f.Pkg().Path()
			}
			if r := g.typeReason(f.Type(), cur); r != "" {
				return r
			}
		}
		return ""
	case *types.Interface:
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if r := g.typeReason(t.EmbeddedType(i), cur); r != "" {
				return r
			}
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			m := t.ExplicitMethod(i)
			if !m.Exported() && m.Pkg() != cur {
				return "needs an interface with unexported methods of " + m.Pkg().Path()
			}
			if r := g.typeReason(m.Type(), cur); r != "" {
				return r
			}
		}
		return ""
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			if r := g.typeReason(t.Term(i).Type(), cur); r != "" {
				return r
			}
		}
		return ""
	case *types.TypeParam:
		// Its constraint is checked where the type parameter is declared.
		return ""
	default:
		return fmt.Sprintf("needs %T", t)
	}
}

// typeListReason says why one of the types of l cannot be written.
func (g *gen) typeListReason(l *types.TypeList, cur *types.Package) string {
	for i := 0; i < l.Len(); i++ {
		if r := g.typeReason(l.At(i), cur); r != "" {
			return r
		}
	}
	return ""
}

// tparamsReason says why one of the constraints of a type parameter list
// cannot be written.
func (g *gen) tparamsReason(l *types.TypeParamList, cur *types.Package) string {
	for i := 0; i < l.Len(); i++ {
		if r := g.typeReason(l.At(i).Constraint(), cur); r != "" {
			return r
		}
	}
	return ""
}

// nameReason says why the type name obj cannot be used in a declaration
// file of package cur, or "" if it can.
func (g *gen) nameReason(obj *types.TypeName, cur *types.Package) string {
	if obj.Pkg() == nil {
		return "" // error, comparable, any
	}
	p := obj.Pkg().Path()
	switch {
	case p == "unsafe":
		return "needs unsafe"
	case !g.inSet[p]:
		what := "package " + p
		if strings.HasPrefix(p, "internal/") || strings.Contains(p, "/internal/") || strings.HasPrefix(p, "vendor/") {
			what = "internal package " + p
		}
		return fmt.Sprintf("needs %s.%s (%s is outside this package set)", p, obj.Name(), what)
	case obj.Pkg() != cur && !obj.Exported():
		return "needs unexported " + qualified(obj)
	case p == "runtime" && obj.Exported() && !runtimeSubset[obj.Name()]:
		return "needs runtime." + obj.Name() + " (outside minigo's runtime subset)"
	}
	if r := g.declReason(obj); r != "" {
		return "needs " + qualified(obj) + ", which is left out"
	}
	return ""
}

// declReason says why the type name obj of the set cannot be declared, or
// "" if it can; it is decided once. A type on a cycle through itself is
// taken as declarable while it is being decided; settle re-checks.
func (g *gen) declReason(obj *types.TypeName) string {
	if r, ok := g.reasons[obj]; ok {
		return r
	}
	if g.busy[obj] {
		return ""
	}
	g.busy[obj] = true
	r := g.computeDeclReason(obj)
	delete(g.busy, obj)
	g.reasons[obj] = r
	return r
}

func (g *gen) computeDeclReason(obj *types.TypeName) string {
	cur := obj.Pkg()
	switch t := obj.Type().(type) {
	case *types.Alias:
		if t.TypeParams().Len() > 0 {
			return "generic type"
		}
		return g.typeReason(t.Rhs(), cur)
	case *types.Named:
		if r := g.tparamsReason(t.TypeParams(), cur); r != "" {
			return r
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			// Unexported fields that cannot be written get a stand-in.
			for i := 0; i < u.NumFields(); i++ {
				f := u.Field(i)
				if f.Exported() {
					if r := g.typeReason(f.Type(), cur); r != "" {
						return "field " + f.Name() + " " + r
					}
				}
			}
			return ""
		case *types.Interface:
			return g.typeReason(u, cur)
		default:
			return g.typeReason(u, cur)
		}
	default:
		return fmt.Sprintf("unexpected type name %s", obj)
	}
}

// settle re-checks the types of pkg taken as declarable while a cycle was
// being decided, until nothing changes.
func (g *gen) settle(pkg *types.Package) {
	for {
		changed := false
		for obj, r := range g.reasons {
			if obj.Pkg() == pkg && r == "" {
				if nr := g.computeDeclReason(obj); nr != "" {
					g.reasons[obj] = nr
					changed = true
				}
			}
		}
		if !changed {
			return
		}
	}
}

func qualified(obj types.Object) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// memberReason says why the exported member obj is left out, or "".
func (p *pkgGen) memberReason(obj types.Object) string {
	switch obj := obj.(type) {
	case *types.Const, *types.Var:
		return p.g.typeReason(obj.Type(), p.pkg)
	case *types.Func:
		return p.g.typeReason(obj.Type(), p.pkg)
	case *types.TypeName:
		return p.g.declReason(obj)
	default:
		return fmt.Sprintf("unexpected %T", obj)
	}
}

// decide sorts the exported members into declared and left out.
func (p *pkgGen) decide() {
	scope := p.pkg.Scope()
	var objs []types.Object
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		if p.path == "runtime" && !runtimeSubset[name] {
			p.subset++
			p.omitSet[name] = "outside minigo's runtime subset"
			continue
		}
		objs = append(objs, obj)
		p.memberReason(obj)
	}
	p.g.settle(p.pkg)
	for _, obj := range objs {
		if r := p.memberReason(obj); r != "" {
			p.omit(obj.Name(), r)
			continue
		}
		p.members = append(p.members, obj)
		p.declared[obj] = true
	}
	p.sortByPos(p.members)

	p.constSrc = map[*types.Const]ast.Expr{}
	for _, f := range p.real.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			var last []ast.Expr
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				vals := vs.Values
				if len(vals) == 0 {
					vals = last // implicit repetition of the previous list
				} else {
					last = vals
				}
				for i, n := range vs.Names {
					if c, ok := p.real.info.Defs[n].(*types.Const); ok && i < len(vals) {
						p.constSrc[c] = vals[i]
					}
				}
			}
		}
	}
}

func (p *pkgGen) omit(name, reason string) {
	p.omitted = append(p.omitted, omission{name, reason})
	p.omitSet[name] = reason
}

func (p *pkgGen) sortByPos(objs []types.Object) {
	fset := p.g.l.fset
	sort.SliceStable(objs, func(i, j int) bool {
		a, b := fset.Position(objs[i].Pos()), fset.Position(objs[j].Pos())
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Offset < b.Offset
	})
}

// ---- printing ----

// ts writes t as it is spelt in this package's file, noting the imports
// and the unexported types it needs.
func (p *pkgGen) ts(t types.Type) string {
	p.note(t)
	return types.TypeString(t, func(other *types.Package) string {
		if other == p.pkg {
			return ""
		}
		p.imports[other.Path()] = true
		return other.Name()
	})
}

// note queues the unexported types of this package that t names.
func (p *pkgGen) note(t types.Type) {
	switch t := t.(type) {
	case *types.Named:
		p.needType(t.Obj())
		for i := 0; i < t.TypeArgs().Len(); i++ {
			p.note(t.TypeArgs().At(i))
		}
	case *types.Alias:
		p.needType(t.Obj())
	case *types.Pointer:
		p.note(t.Elem())
	case *types.Slice:
		p.note(t.Elem())
	case *types.Array:
		p.note(t.Elem())
	case *types.Chan:
		p.note(t.Elem())
	case *types.Map:
		p.note(t.Key())
		p.note(t.Elem())
	case *types.Signature:
		for i := 0; i < t.TypeParams().Len(); i++ {
			p.note(t.TypeParams().At(i).Constraint())
		}
		p.note(t.Params())
		p.note(t.Results())
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			p.note(t.Term(i).Type())
		}
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			p.note(t.At(i).Type())
		}
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			p.note(t.Field(i).Type())
		}
	case *types.Interface:
		for i := 0; i < t.NumEmbeddeds(); i++ {
			p.note(t.EmbeddedType(i))
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			p.note(t.ExplicitMethod(i).Type())
		}
	}
}

func (p *pkgGen) needType(obj *types.TypeName) {
	if obj.Pkg() != p.pkg || obj.Exported() || p.declared[obj] {
		return
	}
	p.declared[obj] = true
	p.need = append(p.need, obj)
}

// tparams writes a type parameter list with its constraints, neighbours
// that share one constraint grouped as in the source (and as go/types
// prints them): [M1, M2 ~map[K]V, K, V comparable]; "" for none.
func (p *pkgGen) tparams(l *types.TypeParamList) string {
	if l.Len() == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < l.Len(); i++ {
		tp := l.At(i)
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tp.Obj().Name())
		if i+1 == l.Len() || l.At(i+1).Constraint() != tp.Constraint() {
			b.WriteString(" " + p.ts(tp.Constraint()))
		}
	}
	b.WriteString("]")
	return b.String()
}

// sig writes a signature without "func", with its type parameters:
// [S ~[]E, E cmp.Ordered](x S).
func (p *pkgGen) sig(s *types.Signature) string {
	var b strings.Builder
	b.WriteString(p.tparams(s.TypeParams()))
	b.WriteString(p.tuple(s.Params(), s.Variadic()))
	res := s.Results()
	switch {
	case res.Len() == 0:
	case res.Len() == 1 && res.At(0).Name() == "":
		b.WriteString(" " + p.ts(res.At(0).Type()))
	default:
		b.WriteString(" " + p.tuple(res, false))
	}
	return b.String()
}

// tuple writes a parameter list, grouping neighbours of the same type as
// gofmt'd source does: (s, substr string).
func (p *pkgGen) tuple(t *types.Tuple, variadic bool) string {
	type param struct{ name, typ string }
	var ps []param
	for i := 0; i < t.Len(); i++ {
		v := t.At(i)
		typ := ""
		if variadic && i == t.Len()-1 {
			typ = "..." + p.ts(v.Type().(*types.Slice).Elem())
		} else {
			typ = p.ts(v.Type())
		}
		ps = append(ps, param{v.Name(), typ})
	}
	var parts []string
	for i := 0; i < len(ps); i++ {
		if ps[i].name == "" {
			parts = append(parts, ps[i].typ)
			continue
		}
		names := []string{ps[i].name}
		for i+1 < len(ps) && ps[i+1].typ == ps[i].typ && !strings.HasPrefix(ps[i].typ, "...") {
			i++
			names = append(names, ps[i].name)
		}
		parts = append(parts, strings.Join(names, ", ")+" "+ps[i].typ)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// emit prints the declaration file.
func (p *pkgGen) emit() error {
	var body bytes.Buffer
	var consts, vars, funcs, typs []types.Object
	for _, obj := range p.members {
		switch obj.(type) {
		case *types.Const:
			consts = append(consts, obj)
		case *types.Var:
			vars = append(vars, obj)
		case *types.Func:
			funcs = append(funcs, obj)
		case *types.TypeName:
			typs = append(typs, obj)
		}
	}
	if len(consts) > 0 {
		body.WriteString("const (\n")
		for _, obj := range consts {
			c := obj.(*types.Const)
			typ := ""
			if b, ok := c.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
				typ = " " + p.ts(c.Type())
			}
			val, err := p.constExpr(c)
			if err != nil {
				return err
			}
			fmt.Fprintf(&body, "\t%s%s = %s\n", c.Name(), typ, val)
		}
		body.WriteString(")\n\n")
	}
	if len(vars) > 0 {
		body.WriteString("var (\n")
		for _, obj := range vars {
			fmt.Fprintf(&body, "\t%s %s\n", obj.Name(), p.ts(obj.Type()))
		}
		body.WriteString(")\n\n")
	}
	for _, obj := range funcs {
		fmt.Fprintf(&body, "func %s%s\n\n", obj.Name(), p.sig(obj.Type().(*types.Signature)))
	}
	for _, obj := range typs {
		p.typeDecl(&body, obj.(*types.TypeName))
	}
	if len(p.need) > 0 {
		body.WriteString("// Unexported types that the declarations above need.\n\n")
		for i := 0; i < len(p.need); i++ { // typeDecl can queue more
			p.typeDecl(&body, p.need[i])
		}
	}

	var out bytes.Buffer
	fmt.Fprintf(&out, "package %s\n\n", p.pkg.Name())
	p.header(&out)
	if len(p.imports) > 0 {
		var paths []string
		for ip := range p.imports {
			paths = append(paths, ip)
		}
		sort.Strings(paths)
		out.WriteString("import (\n")
		for _, ip := range paths {
			fmt.Fprintf(&out, "\t%q\n", ip)
		}
		out.WriteString(")\n\n")
	}
	out.Write(body.Bytes())
	src, err := format.Source(out.Bytes())
	if err != nil {
		return fmt.Errorf("%s: formatting the generated file: %v\n%s", p.path, err, out.Bytes())
	}
	p.text = src
	return nil
}

func (p *pkgGen) header(out *bytes.Buffer) {
	// para writes text as comment lines of at most 77 columns; lines
	// after the first are indented by indent.
	para := func(first, indent, text string) {
		line := first
		for _, w := range strings.Fields(text) {
			if len(line) > len(first) && len(line)+1+len(w) > 77 {
				out.WriteString(strings.TrimRight(line, " ") + "\n")
				line = indent
			}
			if line != first && line != indent {
				line += " "
			}
			line += w
		}
		out.WriteString(line + "\n")
	}
	blank := func() { out.WriteString("//\n") }
	para("// ", "// ", fmt.Sprintf("Code generated by stdlib/tools/genapi from %s; DO NOT EDIT.", p.g.goVer))
	blank()
	para("// ", "// ", fmt.Sprintf("The API of Go's package %s (linux/amd64) for minigo's type checker: "+
		"every exported member with Go's names, types and exact constant values. "+
		"Functions and methods have no bodies.", p.path))
	if p.path == "runtime" {
		blank()
		para("// ", "// ", fmt.Sprintf("Only minigo's subset of runtime is declared: "+
			"its other %d exported members are left out.", p.subset))
	}
	blank()
	if len(p.omitted) == 0 {
		para("// ", "// ", "Left out: nothing.")
	} else {
		para("// ", "// ", "Left out:")
		sort.SliceStable(p.omitted, func(i, j int) bool { return p.omitted[i].name < p.omitted[j].name })
		for _, o := range p.omitted {
			para("//   - ", "//     ", o.name+": "+o.reason)
		}
	}
	blank()
	if len(p.standins) == 0 {
		para("// ", "// ", "Stand-ins: none.")
	} else {
		para("// ", "// ", "Stand-ins: unexported fields whose types cannot be written here "+
			"are blank fields of the same comparability (_ uintptr if comparable, "+
			"_ [0]func() if not):")
		for _, s := range p.standins {
			para("//   - ", "//     ", fmt.Sprintf("%s.%s %s: %s", s.typeName, s.field, s.typ, s.reason))
		}
	}
	out.WriteString("\n")
}

// typeDecl prints a type declaration and its methods.
func (p *pkgGen) typeDecl(b *bytes.Buffer, obj *types.TypeName) {
	if a, ok := obj.Type().(*types.Alias); ok {
		fmt.Fprintf(b, "type %s = %s\n\n", obj.Name(), p.ts(a.Rhs()))
		return
	}
	named := obj.Type().(*types.Named)
	name := obj.Name() + p.tparams(named.TypeParams())
	switch u := named.Underlying().(type) {
	case *types.Struct:
		fmt.Fprintf(b, "type %s %s\n\n", name, p.structType(obj, u))
	case *types.Interface:
		fmt.Fprintf(b, "type %s %s\n\n", name, p.interfaceType(u))
	default:
		fmt.Fprintf(b, "type %s %s\n\n", name, p.ts(u))
	}
	var methods []types.Object
	for i := 0; i < named.NumMethods(); i++ {
		m := named.Method(i)
		if !m.Exported() {
			continue
		}
		r := p.g.typeReason(m.Type(), p.pkg)
		if m.Type().(*types.Signature).TypeParams().Len() > 0 {
			// Go 1.27's methods with type parameters of their own:
			// minigo's parser (like Go's before 1.27) has none.
			r = "generic method (minigo has no methods with type parameters)"
		}
		if r != "" {
			if obj.Exported() {
				p.omit(obj.Name()+"."+m.Name(), r)
			}
			continue
		}
		methods = append(methods, m)
	}
	if obj.Exported() {
		p.methods += len(methods)
	}
	p.sortByPos(methods)
	for _, obj := range methods {
		m := obj.(*types.Func)
		sig := m.Type().(*types.Signature)
		recv := sig.Recv()
		rt := p.ts(recv.Type())
		if recv.Name() != "" {
			rt = recv.Name() + " " + rt
		}
		fmt.Fprintf(b, "func (%s) %s%s\n\n", rt, m.Name(), p.sig(sig))
	}
}

func (p *pkgGen) structType(owner *types.TypeName, s *types.Struct) string {
	if s.NumFields() == 0 {
		return "struct{}"
	}
	var b strings.Builder
	b.WriteString("struct {\n")
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		tag := ""
		if t := s.Tag(i); t != "" {
			if strings.Contains(t, "`") {
				tag = " " + strconv.Quote(t)
			} else {
				tag = " `" + t + "`"
			}
		}
		if !f.Exported() {
			if r := p.g.typeReason(f.Type(), p.pkg); r != "" {
				blank := "uintptr"
				if !types.Comparable(f.Type()) {
					blank = "[0]func()"
				}
				full := types.TypeString(f.Type(), nil)
				name := f.Name()
				if f.Embedded() {
					name = "(embedded)"
				}
				p.standins = append(p.standins, standin{owner.Name(), name, full, r})
				p.standinTypes[owner.Name()] = true
				fmt.Fprintf(&b, "\t_ %s // stand-in for %s %s\n", blank, name, full)
				continue
			}
		}
		if f.Embedded() {
			fmt.Fprintf(&b, "\t%s%s\n", p.ts(f.Type()), tag)
		} else {
			fmt.Fprintf(&b, "\t%s %s%s\n", f.Name(), p.ts(f.Type()), tag)
		}
	}
	b.WriteString("}")
	return b.String()
}

func (p *pkgGen) interfaceType(it *types.Interface) string {
	if it.NumEmbeddeds() == 0 && it.NumExplicitMethods() == 0 {
		return "interface{}"
	}
	var b strings.Builder
	b.WriteString("interface {\n")
	for i := 0; i < it.NumEmbeddeds(); i++ {
		fmt.Fprintf(&b, "\t%s\n", p.ts(it.EmbeddedType(i)))
	}
	var methods []types.Object
	for i := 0; i < it.NumExplicitMethods(); i++ {
		methods = append(methods, it.ExplicitMethod(i))
	}
	p.sortByPos(methods)
	for _, m := range methods {
		fmt.Fprintf(&b, "\t%s%s\n", m.Name(), p.sig(m.Type().(*types.Signature)))
	}
	b.WriteString("}")
	return b.String()
}

// ---- constants ----

// constExpr is the real source's expression for c when it uses only
// literals and other constants declared here, else an exact literal.
func (p *pkgGen) constExpr(c *types.Const) (string, error) {
	if e := p.constSrc[c]; e != nil && p.selfContained(e) {
		var b bytes.Buffer
		if err := printer.Fprint(&b, p.g.l.fset, e); err != nil {
			return "", err
		}
		return b.String(), nil
	}
	return constLiteral(c)
}

func (p *pkgGen) selfContained(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case nil, *ast.BasicLit, *ast.BinaryExpr, *ast.UnaryExpr, *ast.ParenExpr, *ast.CallExpr:
		case *ast.Ident:
			switch obj := p.real.info.Uses[n].(type) {
			case *types.Const:
				if obj.Pkg() == nil {
					ok = obj.Name() != "iota"
				} else {
					ok = obj.Pkg() == p.pkg && p.declared[obj]
				}
			case *types.TypeName:
				ok = obj.Pkg() == nil || (obj.Pkg() == p.pkg && p.declared[obj])
			default:
				ok = false
			}
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// constLiteral is an exact literal for c's value, of c's kind.
func constLiteral(c *types.Const) (string, error) {
	v := c.Val()
	b, _ := c.Type().Underlying().(*types.Basic)
	if b == nil {
		return "", fmt.Errorf("constant %s of type %s", c.Name(), c.Type())
	}
	switch v.Kind() {
	case constant.Bool:
		return v.ExactString(), nil
	case constant.String:
		return strconv.Quote(constant.StringVal(v)), nil
	case constant.Int:
		s := v.ExactString()
		switch {
		case b.Kind() == types.UntypedRune:
			if r, exact := constant.Int64Val(v); exact && r >= 0 && r <= utf8.MaxRune && utf8.ValidRune(rune(r)) {
				return strconv.QuoteRune(rune(r)), nil
			}
			return "('\\x00' + " + s + ")", nil
		case b.Info()&(types.IsFloat|types.IsComplex) != 0:
			return s + ".0", nil
		}
		return s, nil
	case constant.Float:
		switch x := constant.Val(v).(type) {
		case *big.Rat:
			return ratLiteral(x), nil
		case *big.Float:
			if x.Sign() == 0 {
				return "0.0", nil
			}
			return x.Text('p', 0), nil
		}
	}
	return "", fmt.Errorf("constant %s: no literal for %s", c.Name(), v.ExactString())
}

// ratLiteral writes r exactly as an untyped float expression: a decimal
// when one is short enough, else n.0 / d.0 (an integer literal d would
// be an untyped integer, limited to 512 bits).
func ratLiteral(r *big.Rat) string {
	num, den := new(big.Int).Set(r.Num()), r.Denom()
	if den.IsInt64() && den.Int64() == 1 {
		return num.String() + ".0"
	}
	// den = 2^a 5^b needs max(a, b) decimal places.
	d := new(big.Int).Set(den)
	two, five := big.NewInt(2), big.NewInt(5)
	a, bb := 0, 0
	m := new(big.Int)
	for {
		if q, rem := new(big.Int).QuoRem(d, two, m); rem.Sign() == 0 {
			d, a = q, a+1
			continue
		}
		break
	}
	for {
		if q, rem := new(big.Int).QuoRem(d, five, m); rem.Sign() == 0 {
			d, bb = q, bb+1
			continue
		}
		break
	}
	k := max(a, bb)
	if d.IsInt64() && d.Int64() == 1 && k <= 60 {
		neg := num.Sign() < 0
		num.Abs(num)
		scaled := new(big.Int).Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil))
		scaled.Quo(scaled, den)
		digits := scaled.String()
		for len(digits) <= k {
			digits = "0" + digits
		}
		s := digits[:len(digits)-k] + "." + digits[len(digits)-k:]
		if neg {
			s = "-" + s
		}
		return s
	}
	return num.String() + ".0 / " + den.String() + ".0"
}

// ---- output ----

// fileFor is where the declaration file of an import path lives.
func fileFor(dir, importPath string) string {
	return filepath.Join(dir, filepath.FromSlash(importPath)+".go")
}

func (g *gen) write(dir string) error {
	for _, p := range g.pkgs {
		file := fileFor(dir, p.path)
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(file, p.text, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s: %d members and %d methods, %d left out, %d stand-ins\n",
			path.Join(filepath.ToSlash(dir), p.path+".go"), len(p.members), p.methods, len(p.omitted), len(p.standins))
	}
	return nil
}
