package main

import (
	"fmt"
	"unicode"
)

type class struct {
	name string
	f    func(rune) bool
}

var classes = []class{
	{"Space", unicode.IsSpace},
	{"Digit", unicode.IsDigit},
	{"Number", unicode.IsNumber},
	{"Letter", unicode.IsLetter},
	{"Upper", unicode.IsUpper},
	{"Lower", unicode.IsLower},
	{"Title", unicode.IsTitle},
	{"Punct", unicode.IsPunct},
	{"Symbol", unicode.IsSymbol},
	{"Mark", unicode.IsMark},
	{"Control", unicode.IsControl},
	{"Print", unicode.IsPrint},
	{"Graphic", unicode.IsGraphic},
}

// summary hashes which runes of [lo, hi] each class holds, and what the
// case mappings do to them, so that a whole block fits on one line.
func summary(lo, hi rune) {
	fmt.Printf("%U-%U", lo, hi)
	for _, c := range classes {
		n := 0
		h := uint32(2166136261)
		f := c.f
		for r := lo; r <= hi; r++ {
			if f(r) {
				n++
				h = (h ^ uint32(r)) * 16777619
			}
		}
		fmt.Printf(" %s=%d/%08x", c.name, n, h)
	}
	var up, low, title, fold uint32 = 1, 2, 3, 4
	changed := 0
	for r := lo; r <= hi; r++ {
		u, l, t, f := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)
		if u != r || l != r || t != r || f != r {
			changed++
		}
		up = (up ^ uint32(u)) * 16777619
		low = (low ^ uint32(l)) * 16777619
		title = (title ^ uint32(t)) * 16777619
		fold = (fold ^ uint32(f)) * 16777619
	}
	fmt.Printf(" cased=%d %08x %08x %08x %08x\n", changed, up, low, title, fold)
}

func describe(r rune) string {
	s := ""
	for _, c := range classes {
		f := c.f
		if f(r) {
			s += " " + c.name
		}
	}
	return s
}

func main() {
	// Every Latin-1 code point, one by one.
	for r := rune(0); r <= 0xFF; r++ {
		fmt.Printf("%02x%s | %#x %#x %#x %#x\n", r, describe(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}

	// Blocks beyond Latin-1, summarized.
	blocks := [][2]rune{
		{0x100, 0x24F}, {0x250, 0x36F}, {0x370, 0x3FF}, {0x400, 0x52F}, {0x530, 0x5FF},
		{0x600, 0x6FF}, {0x900, 0x9FF}, {0xE00, 0xEFF}, {0x10A0, 0x10FF}, {0x13A0, 0x13FF},
		{0x1680, 0x169F}, {0x1C80, 0x1CBF}, {0x1E00, 0x1FFF}, {0x2000, 0x206F}, {0x2070, 0x20CF},
		{0x2100, 0x218F}, {0x2190, 0x23FF}, {0x2460, 0x24FF}, {0x2C00, 0x2CFF}, {0x2D00, 0x2D2F},
		{0x3000, 0x303F}, {0x3040, 0x30FF}, {0x4E00, 0x4E3F}, {0x9FF0, 0xA0FF}, {0xA640, 0xA7FF},
		{0xAB70, 0xABBF}, {0xAC00, 0xAC1F}, {0xD7A0, 0xD7FF}, {0xD800, 0xD80F}, {0xE000, 0xE00F},
		{0xFB00, 0xFB4F}, {0xFE00, 0xFE6F}, {0xFF00, 0xFFFF}, {0x10000, 0x1007F}, {0x10400, 0x104FF},
		{0x10570, 0x105BF}, {0x10C80, 0x10CFF}, {0x118A0, 0x118FF}, {0x16E40, 0x16E9F}, {0x1D400, 0x1D4FF},
		{0x1E900, 0x1E95F}, {0x1F100, 0x1F1FF}, {0x1F600, 0x1F64F}, {0x20000, 0x2001F}, {0x2FFF0, 0x3001F},
		{0xE0000, 0xE01FF}, {0xF0000, 0xF000F}, {0x10FFF0, 0x10FFFF},
	}
	for _, b := range blocks {
		summary(b[0], b[1])
	}

	// Out of range runes.
	for _, r := range []rune{-1, -0x80000000, 0x110000, 0x7FFFFFFF} {
		fmt.Printf("%d%s | %d %d %d %d\n", r, describe(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}

	// A few interesting runes.
	for _, r := range []rune{'ǅ', 'ᾈ', 'ß', 'ẞ', 'İ', 'ı', 'ſ', 'K', 'Å', 'µ', 'Ω', '\u0345', 'ϐ', 'ꭰ', '𞤀', '٣', '½', 'Ⅻ', '\u2028', '\u3000', '\u200b', '\ufeff', '€', '©', '̀', '\U000E0001'} {
		fmt.Printf("%U%s | %U %U %U %U\n", r, describe(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}

	// SimpleFold orbits.
	for _, r := range []rune{'A', 'k', 'K', 's', 'Σ', 'ς', 'θ', 'ǅ', 'ß', 'Ṡ', '1', 'ı'} {
		fmt.Printf("%c:", r)
		f := unicode.SimpleFold(r)
		for i := 0; i < 5; i++ {
			fmt.Printf(" %U", f)
			if f == r {
				break
			}
			f = unicode.SimpleFold(f)
		}
		fmt.Println()
	}

	// To with every case, and an invalid case.
	for _, c := range []int{unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, -1} {
		fmt.Printf("%d: %U %U %U\n", c, unicode.To(c, 'ǆ'), unicode.To(c, 'a'), unicode.To(c, 'Ж'))
	}

	// Is, In and IsOneOf over a table built here.
	vowels := &unicode.RangeTable{
		R16: []unicode.Range16{{'A', 'A', 1}, {'E', 'I', 4}, {'O', 'U', 6}, {'a', 'a', 1}, {'e', 'i', 4}, {'o', 'u', 6}},
	}
	high := &unicode.RangeTable{R32: []unicode.Range32{{0x10000, 0x10010, 2}}}
	for _, r := range []rune{'a', 'b', 'E', 'G', 'I', 'u', 'U', 'z', 0x10000, 0x10001, 0x10010, -1} {
		fmt.Print(unicode.Is(vowels, r), unicode.Is(high, r), unicode.In(r, vowels, high), unicode.IsOneOf([]*unicode.RangeTable{high}, r), " ")
	}
	fmt.Println()

	// SpecialCase over ranges built here.
	special := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'a', Delta: [unicode.MaxCase]rune{'A' - 'a', 0, 'Z' - 'a'}},
		unicode.CaseRange{Lo: 0x100, Hi: 0x105, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	}
	for _, r := range []rune{'a', 'b', 'B', 0x100, 0x101, 0x104, 0x105} {
		fmt.Printf("%U %U %U; ", special.ToUpper(r), special.ToLower(r), special.ToTitle(r))
	}
	fmt.Println()
}
