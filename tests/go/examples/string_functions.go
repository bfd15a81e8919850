package main

import (
	"fmt"
	s "strings"
	"unicode"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("ReplaceAll:", s.ReplaceAll("banana", "a", "A"))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Fields:    ", s.Fields("  a b\t c\n "))
	p("Title-ish: ", s.ToUpper("hello")[:1]+"ello")
	p("TrimSpace: ", "["+s.TrimSpace("  x y  ")+"]")
	p("Trim:      ", s.Trim("xxhixx", "x"), s.TrimLeft("xxhixx", "x"), s.TrimRight("xxhixx", "x"))
	p("TrimPrefix:", s.TrimPrefix("prefix-body", "prefix-"), s.TrimSuffix("body.go", ".go"))
	p("LastIndex: ", s.LastIndex("go gopher", "go"), s.IndexByte("golang", 'l'), s.IndexRune("chicken", 'k'))
	p("IndexAny:  ", s.IndexAny("golang", "ny"), s.ContainsAny("hi", "xyz"), s.ContainsRune("abc", 'b'))
	p("SplitN:    ", s.SplitN("a,b,c,d", ",", 2), len(s.SplitN("a,b", ",", 0)))
	p("SplitAfter:", s.SplitAfter("a,b,c", ","))
	p("EqualFold: ", s.EqualFold("Go", "GO"), s.Compare("a", "b"), s.Compare("b", "a"), s.Compare("x", "x"))
	before, after, found := s.Cut("key=value=x", "=")
	p("Cut:       ", before, after, found)
	_, _, found = s.Cut("novalue", "=")
	p("Cut miss:  ", found)
	p("Map:       ", s.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	p("FieldsFunc:", s.FieldsFunc("a1b22c333d", unicode.IsDigit))
	p("IndexFunc: ", s.IndexFunc("hello World", unicode.IsUpper))
	p("TrimFunc:  ", s.TrimFunc("123abc456", unicode.IsDigit))
	p("Split empty:", len(s.Split("", ",")), s.Split("abc", ""), len(s.Fields("   ")))
	p("Unicode:   ", s.ToUpper("straße é"), s.ToLower("ÀÉÎ"), len("é"))
	p("Index utf8:", s.Index("日本語", "語"), s.IndexRune("日本語", '本'))

	// strings.Builder.
	var b s.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	p(b.String(), b.Len())
	b.Reset()
	p("after reset:", b.Len(), "["+b.String()+"]")

	// Byte-level checks.
	word := "Gopher"
	upper, lower := 0, 0
	for _, r := range word {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	p(upper, lower, unicode.IsLetter('x'), unicode.IsSpace('\t'), unicode.IsPunct('!'), string(unicode.ToLower('Q')))
}
