package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for f := range strings.FieldsSeq("  the quick\tbrown\n fox  ") {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
	n := 0
	for range strings.FieldsSeq("   ") {
		n++
	}
	fmt.Println("blank fields:", n)
	for f := range strings.FieldsSeq("héllo\u00a0wörld x") {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
	isSep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
	for f := range strings.FieldsFuncSeq("a1,b2;;c3 -- d4!", isSep) {
		fmt.Print(f, " ")
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("", isSep) {
		fmt.Println("never", f)
	}
	count := 0
	for w := range strings.FieldsSeq("one two three four") {
		count++
		if w == "two" {
			break
		}
	}
	fmt.Println("count", count)
}
