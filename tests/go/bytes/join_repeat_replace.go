package main

import (
	"bytes"
	"fmt"
)

func try(label string, f func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", label, recover())
	}()
	f()
}

func bs(ss ...string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

func main() {
	fmt.Printf("%q\n", bytes.Join(bs("a", "b", "c"), []byte(", ")))
	fmt.Printf("%q\n", bytes.Join(bs("only"), []byte("-")))
	fmt.Printf("%q %v\n", bytes.Join(nil, []byte("-")), bytes.Join(nil, []byte("-")) == nil)
	fmt.Printf("%q\n", bytes.Join(bs("", "", ""), []byte("/")))
	fmt.Printf("%q\n", bytes.Join(bs("x", "y"), nil))
	// Join copies: the result is not an alias of the first element.
	one := bs("alone")
	j := bytes.Join(one, nil)
	j[0] = 'A'
	fmt.Printf("%q %q\n", one[0], j)

	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q %v\n", bytes.Repeat([]byte("ab"), 0), bytes.Repeat([]byte("ab"), 0) == nil)
	fmt.Printf("%q\n", bytes.Repeat(nil, 5))
	fmt.Println(len(bytes.Repeat([]byte("-"), 10000)))
	try("Repeat -1", func() { bytes.Repeat([]byte("a"), -1) })
	try("Repeat overflow", func() { bytes.Repeat([]byte("ab"), int(^uint(0)>>1)/2+1) })

	s := []byte("oink oink oink")
	fmt.Printf("%q\n", bytes.Replace(s, []byte("k"), []byte("ky"), 2))
	fmt.Printf("%q\n", bytes.Replace(s, []byte("oink"), []byte("moo"), -1))
	fmt.Printf("%q\n", bytes.ReplaceAll(s, []byte("oink"), nil))
	fmt.Printf("%q\n", bytes.Replace(s, []byte(""), []byte("_"), 4))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("héllo"), nil, []byte(".")))
	fmt.Printf("%q\n", bytes.Replace(s, []byte("x"), []byte("y"), -1))
	fmt.Printf("%q\n", bytes.Replace(s, []byte("oink"), []byte("oink"), -1))
	fmt.Printf("%q\n", bytes.Replace(s, []byte("oink"), []byte("x"), 0))
	// Replace always returns a copy.
	r := bytes.Replace(s, []byte("zzz"), []byte("y"), -1)
	r[0] = 'O'
	fmt.Printf("%q %q\n", s, r)

	fmt.Printf("%q\n", bytes.Runes([]byte("aé世\xff😀")))
	fmt.Println(len(bytes.Runes(nil)))
}
