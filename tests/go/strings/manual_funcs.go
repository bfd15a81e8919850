package main

import "fmt"

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func trim(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] == ' ' {
		i++
	}
	for j > i && s[j-1] == ' ' {
		j--
	}
	return s[i:j]
}

func main() {
	fmt.Println(index("chicken", "ken"), index("chicken", "dmr"), index("", ""), index("abc", ""))
	parts := split("a,b,,c,", ',')
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Println(reverse("Hello, 世界!"), upper("Hello, wörld"))
	fmt.Printf("[%s] [%s] [%s]\n", trim("  hi there  "), trim("    "), trim("x"))
}
