package main

import (
	"fmt"
	"strings"
)

func show(name string, seq func(func(string) bool)) {
	var parts []string
	for p := range seq {
		parts = append(parts, fmt.Sprintf("%q", p))
	}
	fmt.Println(name, len(parts), strings.Join(parts, " "))
}

func main() {
	show("split", strings.SplitSeq("a,b,,c", ","))
	show("split-empty-sep", strings.SplitSeq("héy", ""))
	show("split-empty-s", strings.SplitSeq("", ","))
	show("split-no-sep", strings.SplitSeq("abc", "-"))
	show("split-multi", strings.SplitSeq("a::b::", "::"))
	show("after", strings.SplitAfterSeq("a,b,c", ","))
	show("after-trailing", strings.SplitAfterSeq("x;y;", ";"))
	for p := range strings.SplitSeq("1 2 3 4 5", " ") {
		if p == "3" {
			break
		}
		fmt.Print(p, ";")
	}
	fmt.Println()
}
