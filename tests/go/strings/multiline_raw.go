package main

import "fmt"

const banner = `+------+
| raw  |
+------+`

func main() {
	fmt.Println(banner)
	raw := `C:\path\n\t"quoted"`
	fmt.Println(raw, len(raw))
	fmt.Printf("%q\n", raw)
	crlf := "a\r\nb"
	fmt.Printf("%q %d\n", crlf, len(crlf))
	s := "line1\nline2\n"
	lines := 0
	for _, c := range s {
		if c == '\n' {
			lines++
		}
	}
	fmt.Println(lines)
}
