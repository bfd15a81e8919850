package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(label string, parts [][]byte) {
	fmt.Printf("%s: %d %q\n", label, len(parts), parts)
}

func main() {
	s := []byte("a,b,,c,")
	show("Split ,", bytes.Split(s, []byte(",")))
	show("Split empty", bytes.Split([]byte("héllo"), nil))
	show("Split none", bytes.Split([]byte("abc"), []byte("x")))
	show("Split of empty", bytes.Split(nil, []byte(",")))
	show("SplitAfter ,", bytes.SplitAfter(s, []byte(",")))
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		show(fmt.Sprintf("SplitN %d", n), bytes.SplitN(s, []byte(","), n))
		show(fmt.Sprintf("SplitAfterN %d", n), bytes.SplitAfterN(s, []byte(","), n))
	}
	show("SplitN empty sep 3", bytes.SplitN([]byte("abcdef"), nil, 3))
	show("Split multi-byte sep", bytes.Split([]byte("a--b----c"), []byte("--")))
	show("Split invalid utf8", bytes.Split([]byte("a\xffb"), nil))

	// Split results have capacity limited to their length: appending to
	// one does not clobber the next.
	parts := bytes.Split([]byte("x,y,z"), []byte(","))
	fmt.Println("caps:", cap(parts[0]), cap(parts[1]))
	parts[0] = append(parts[0], '!')
	fmt.Printf("after append: %q\n", parts)

	show("Fields", bytes.Fields([]byte("  foo bar\tbaz\n\v\f\r qux  ")))
	show("Fields unicode space", bytes.Fields([]byte("a\u00a0b\u2003c\u3000d")))
	show("Fields empty", bytes.Fields([]byte("   ")))
	show("Fields nil", bytes.Fields(nil))
	show("Fields invalid", bytes.Fields([]byte("\xff x\xfe")))
	f := bytes.Fields([]byte("one two"))
	fmt.Println("Fields cap:", cap(f[0]))

	show("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333d"), unicode.IsDigit))
	show("FieldsFunc punct", bytes.FieldsFunc([]byte("  hi!! there,, you.."), func(r rune) bool { return unicode.IsPunct(r) || r == ' ' }))
	show("FieldsFunc all", bytes.FieldsFunc([]byte("1234"), unicode.IsDigit))
	show("FieldsFunc invalid", bytes.FieldsFunc([]byte("a\xffb"), func(r rune) bool { return r == unicode.ReplacementChar }))
}
