package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("seafood, cheese and five mangos")
	for _, sub := range []string{"foo", "bar", "", "mangos", "se"} {
		fmt.Printf("Contains(%q)=%v Count=%d\n", sub, bytes.Contains(s, []byte(sub)), bytes.Count(s, []byte(sub)))
	}
	for _, chars := range []string{"xyz", "a", "", "zzq!,"} {
		fmt.Printf("ContainsAny(%q)=%v\n", chars, bytes.ContainsAny(s, chars))
	}
	for _, r := range []rune{'f', 'z', 'é'} {
		fmt.Printf("ContainsRune(%q)=%v\n", r, bytes.ContainsRune(s, r))
	}
	fmt.Println("ContainsFunc digit:", bytes.ContainsFunc(s, unicode.IsDigit), bytes.ContainsFunc(s, unicode.IsPunct))
	fmt.Println("Count empty sep (runes+1):", bytes.Count([]byte("five 世界"), nil), bytes.Count(nil, nil))
	fmt.Println("Count overlapping:", bytes.Count([]byte("aaaaa"), []byte("aa")), bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Println("Count invalid utf8:", bytes.Count([]byte("a\xff\xfeb"), []byte("")))
	fmt.Println("nil:", bytes.Contains(nil, nil), bytes.Contains(nil, []byte("a")), bytes.ContainsAny(nil, ""), bytes.ContainsRune(nil, 'a'))
}
