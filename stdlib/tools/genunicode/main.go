// Command genunicode writes the tables of minigo's package unicode
// (stdlib/go/unicode.go) from the unicode package of the Go toolchain that
// runs it, so that minigo's classes and case mappings are that Go's
// exactly. It replaces the lines from "// BEGIN TABLES" to "// END TABLES"
// of the file, then checks every code point (and a few out of range)
// against package unicode through a Go copy of the lookups.
//
// Usage (from the repository root):
//
//	go run stdlib/tools/genunicode/main.go [-w stdlib/go/unicode.go]
//
// Encoding: the tables are string constants, so they cost nothing until
// used. A number is a fixed count of base-63 digits, '!' (0) to '_' (62),
// most significant first; every entry is followed by one separator
// (a space, or a newline after every sixth), and the raw string starts
// with a newline, so entry m starts at byte 1+m*width.
//
//   - Range tables (Go's RangeTable, the ranges above Latin-1 only, R16
//     then R32): entries of 12 bytes: lo (4 digits), hi (4), stride (3).
//   - caseTable (Go's CaseRanges): entries of 21 bytes: lo (4), hi (4),
//     then the upper, lower and title deltas (4 each) plus deltaBias.
//   - foldTable (the part of Go's caseOrbit that SimpleFold cannot derive
//     from CaseRanges): entries of 9 bytes: from (4), to (4).
//   - properties (Go's [256]uint8 table of Latin-1 classes): a plain
//     string of 256 bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"unicode"
)

const (
	pC  = 1 << iota // a control character.
	pP              // a punctuation character.
	pN              // a numeral.
	pS              // a symbolic character.
	pZ              // a spacing character.
	pLu             // an upper-case letter.
	pLl             // a lower-case letter.
	pp              // a printable character according to Go's definition.
	pLo = pLl | pLu // a letter that is neither upper nor lower case.
)

const deltaBias = 1 << 22

var file = flag.String("w", "stdlib/go/unicode.go", "the file whose tables to rewrite")

type rng struct{ lo, hi, stride uint32 }

type table struct {
	name, doc string
	t         *unicode.RangeTable
}

var tables = []table{
	{"tabLetter", "L", unicode.Letter},
	{"tabUpper", "Lu", unicode.Upper},
	{"tabLower", "Ll", unicode.Lower},
	{"tabTitle", "Lt", unicode.Title},
	{"tabMark", "M", unicode.Mark},
	{"tabNumber", "N", unicode.Number},
	{"tabDigit", "Nd", unicode.Digit},
	{"tabPunct", "P", unicode.Punct},
	{"tabSymbol", "S", unicode.Symbol},
	{"tabSpace", "Zs", unicode.Zs},
	{"tabWhiteSpace", "White_Space", unicode.White_Space},
}

func digits(b *bytes.Buffer, v int64, n int) {
	if v < 0 {
		panic("negative")
	}
	var d [8]byte
	for i := n - 1; i >= 0; i-- {
		d[i] = byte('!' + v%63)
		v /= 63
	}
	if v != 0 {
		panic(fmt.Sprintf("value does not fit in %d digits", n))
	}
	b.Write(d[:n])
}

func decode(s string, i, n int) int64 {
	var v int64
	for k := 0; k < n; k++ {
		v = v*63 + int64(s[i+k]-'!')
	}
	return v
}

// rawTable writes entries as a raw string constant.
func rawTable(out *bytes.Buffer, name string, n int, entry func(b *bytes.Buffer, i int)) string {
	var b bytes.Buffer
	b.WriteByte('\n')
	for i := 0; i < n; i++ {
		entry(&b, i)
		if i%6 == 5 || i == n-1 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	fmt.Fprintf(out, "const %s = `%s`\n", name, b.String())
	return b.String()
}

func ranges(t *unicode.RangeTable) []rng {
	var rs []rng
	for _, r := range t.R16 {
		if r.Hi > unicode.MaxLatin1 {
			rs = append(rs, rng{uint32(r.Lo), uint32(r.Hi), uint32(r.Stride)})
		}
	}
	for _, r := range t.R32 {
		rs = append(rs, rng{r.Lo, r.Hi, r.Stride})
	}
	return rs
}

// Go copies of the lookups in stdlib/go/unicode.go, to check the tables.

func inTable(t string, r rune) bool {
	lo, hi := 0, len(t)/12
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := 1 + m*12
		rlo := rune(decode(t, i, 4))
		if r < rlo {
			hi = m
			continue
		}
		rhi := rune(decode(t, i+4, 4))
		if r > rhi {
			lo = m + 1
			continue
		}
		stride := rune(decode(t, i+8, 3))
		return stride == 1 || (r-rlo)%stride == 0
	}
	return false
}

func to(ct string, c int, r rune) (rune, bool) {
	lo, hi := 0, len(ct)/21
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := 1 + m*21
		rlo := rune(decode(ct, i, 4))
		if r < rlo {
			hi = m
			continue
		}
		if r > rune(decode(ct, i+4, 4)) {
			lo = m + 1
			continue
		}
		delta := rune(decode(ct, i+8+4*c, 4)) - deltaBias
		if delta > unicode.MaxRune {
			return rlo + ((r-rlo)&^1 | rune(c&1)), true
		}
		return r + delta, true
	}
	return r, false
}

func simpleFold(ct, ft string, r rune) rune {
	if r < 0 || r > unicode.MaxRune {
		return r
	}
	lo, hi := 0, len(ft)/9
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(decode(ft, 1+m*9, 4)) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ft)/9 && rune(decode(ft, 1+lo*9, 4)) == r {
		return rune(decode(ft, 1+lo*9+4, 4))
	}
	if l, ok := to(ct, unicode.LowerCase, r); ok {
		if l != r {
			return l
		}
		u, _ := to(ct, unicode.UpperCase, r)
		return u
	}
	return r
}

func main() {
	flag.Parse()
	path := *file
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	begin := bytes.Index(src, []byte("// BEGIN TABLES"))
	endMark := []byte("// END TABLES\n")
	end := bytes.Index(src, endMark)
	if begin < 0 || end < begin {
		fmt.Fprintln(os.Stderr, "genunicode: no // BEGIN TABLES ... // END TABLES section in", path)
		os.Exit(1)
	}

	var out bytes.Buffer
	fmt.Fprintf(&out, "// BEGIN TABLES: generated by stdlib/tools/genunicode from %s (Unicode %s); do not edit.\n\n", runtime.Version(), unicode.Version)

	// properties.
	var props [256]byte
	for r := rune(0); r <= unicode.MaxLatin1; r++ {
		var p byte
		if unicode.IsControl(r) {
			p |= pC
		}
		if unicode.IsPunct(r) {
			p |= pP
		}
		if unicode.IsNumber(r) {
			p |= pN
		}
		if unicode.IsSymbol(r) {
			p |= pS
		}
		if unicode.Is(unicode.Zs, r) {
			p |= pZ
		}
		switch {
		case unicode.IsUpper(r):
			p |= pLu
		case unicode.IsLower(r):
			p |= pLl
		case unicode.IsLetter(r):
			p |= pLo
		}
		if unicode.IsPrint(r) {
			p |= pp
		}
		props[r] = p
	}
	out.WriteString("// properties is Go's table of the classes of the Latin-1 code points\n// (the p* bits), indexed by code point.\nconst properties = \"\" +\n")
	for row := 0; row < 16; row++ {
		out.WriteString("\t\"")
		for _, p := range props[row*16 : row*16+16] {
			fmt.Fprintf(&out, "\\x%02x", p)
		}
		out.WriteString("\"")
		if row < 15 {
			out.WriteString(" +")
		}
		fmt.Fprintf(&out, " // 0x%02X-0x%02X\n", row*16, row*16+15)
	}
	out.WriteString("\n")

	// Range tables.
	enc := map[string]string{}
	for _, t := range tables {
		rs := ranges(t.t)
		fmt.Fprintf(&out, "// %s is Go's %s table above Latin-1 (%d ranges).\n", t.name, t.doc, len(rs))
		enc[t.name] = rawTable(&out, t.name, len(rs), func(b *bytes.Buffer, i int) {
			digits(b, int64(rs[i].lo), 4)
			digits(b, int64(rs[i].hi), 4)
			digits(b, int64(rs[i].stride), 3)
		})
		out.WriteString("\n")
	}

	// Case ranges.
	cr := unicode.CaseRanges
	fmt.Fprintf(&out, "// caseTable is Go's CaseRanges (%d ranges).\n", len(cr))
	ct := rawTable(&out, "caseTable", len(cr), func(b *bytes.Buffer, i int) {
		digits(b, int64(cr[i].Lo), 4)
		digits(b, int64(cr[i].Hi), 4)
		for _, d := range cr[i].Delta {
			digits(b, int64(d)+deltaBias, 4)
		}
	})
	out.WriteString("\n")

	// Fold orbits: where SimpleFold differs from what CaseRanges give.
	var folds [][2]rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f := simpleFold(ct, "\n", r); f != unicode.SimpleFold(r) {
			folds = append(folds, [2]rune{r, unicode.SimpleFold(r)})
		}
	}
	fmt.Fprintf(&out, "// foldTable is the part of Go's caseOrbit that SimpleFold cannot derive\n// from caseTable (%d pairs).\n", len(folds))
	ft := rawTable(&out, "foldTable", len(folds), func(b *bytes.Buffer, i int) {
		digits(b, int64(folds[i][0]), 4)
		digits(b, int64(folds[i][1]), 4)
	})
	out.WriteString("\n")

	// Check every code point.
	latin := func(r rune, bits byte) bool { return props[uint8(r)]&bits != 0 }
	check := func(what string, r rune, got, want bool) {
		if got != want {
			fmt.Fprintf(os.Stderr, "genunicode: %s(%#x) = %v, want %v\n", what, r, got, want)
			os.Exit(1)
		}
	}
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		isL1 := uint32(r) <= unicode.MaxLatin1
		in := func(name string) bool { return inTable(enc[name], r) }
		check("IsMark", r, in("tabMark"), unicode.IsMark(r))
		if isL1 {
			check("IsControl", r, latin(r, pC), unicode.IsControl(r))
			check("IsPunct", r, latin(r, pP), unicode.IsPunct(r))
			check("IsNumber", r, latin(r, pN), unicode.IsNumber(r))
			check("IsSymbol", r, latin(r, pS), unicode.IsSymbol(r))
			check("IsLetter", r, latin(r, pLo), unicode.IsLetter(r))
			check("IsUpper", r, props[r]&pLo == pLu, unicode.IsUpper(r))
			check("IsLower", r, props[r]&pLo == pLl, unicode.IsLower(r))
			check("IsPrint", r, latin(r, pp), unicode.IsPrint(r))
			check("IsGraphic", r, latin(r, pp|pZ), unicode.IsGraphic(r))
		} else {
			check("IsControl", r, false, unicode.IsControl(r))
			check("IsLetter", r, in("tabLetter"), unicode.IsLetter(r))
			check("IsUpper", r, in("tabUpper"), unicode.IsUpper(r))
			check("IsLower", r, in("tabLower"), unicode.IsLower(r))
			check("IsTitle", r, in("tabTitle"), unicode.IsTitle(r))
			check("IsNumber", r, in("tabNumber"), unicode.IsNumber(r))
			check("IsDigit", r, in("tabDigit"), unicode.IsDigit(r))
			check("IsPunct", r, in("tabPunct"), unicode.IsPunct(r))
			check("IsSymbol", r, in("tabSymbol"), unicode.IsSymbol(r))
			check("IsSpace", r, in("tabWhiteSpace"), unicode.IsSpace(r))
			print := in("tabLetter") || in("tabMark") || in("tabNumber") || in("tabPunct") || in("tabSymbol")
			check("IsPrint", r, print, unicode.IsPrint(r))
			check("IsGraphic", r, print || in("tabSpace"), unicode.IsGraphic(r))
		}
		for c := 0; c < unicode.MaxCase; c++ {
			if got, _ := to(ct, c, r); got != unicode.To(c, r) {
				fmt.Fprintf(os.Stderr, "genunicode: To(%d, %#x) = %#x, want %#x\n", c, r, got, unicode.To(c, r))
				os.Exit(1)
			}
		}
		if got := simpleFold(ct, ft, r); got != unicode.SimpleFold(r) {
			fmt.Fprintf(os.Stderr, "genunicode: SimpleFold(%#x) = %#x, want %#x\n", r, got, unicode.SimpleFold(r))
			os.Exit(1)
		}
	}

	out.WriteString("// END TABLES\n")
	res := append(append(append([]byte{}, src[:begin]...), out.Bytes()...), src[end+len(endMark):]...)
	if err := os.WriteFile(path, res, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
