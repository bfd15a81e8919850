package main

import (
	"fmt"
	"strings"
)

func repeat(s string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(s)
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.WriteRune('界')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(repeat("ab", 3), repeat("-", 10), repeat("x", 0) == "")
	var lines strings.Builder
	for i := 1; i <= 3; i++ {
		lines.WriteString(fmt.Sprintf("line %d\n", i))
	}
	fmt.Print(lines.String())
	n, err := sb.WriteString("!!")
	fmt.Println(n, err, sb.Len())
}
