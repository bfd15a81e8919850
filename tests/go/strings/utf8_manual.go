package main

import "fmt"

func encode(r rune) []byte {
	switch {
	case r < 0x80:
		return []byte{byte(r)}
	case r < 0x800:
		return []byte{0xC0 | byte(r>>6), 0x80 | byte(r&0x3F)}
	case r < 0x10000:
		return []byte{0xE0 | byte(r>>12), 0x80 | byte(r>>6&0x3F), 0x80 | byte(r&0x3F)}
	default:
		return []byte{0xF0 | byte(r>>18), 0x80 | byte(r>>12&0x3F), 0x80 | byte(r>>6&0x3F), 0x80 | byte(r&0x3F)}
	}
}

func main() {
	for _, r := range []rune{'A', 'é', '€', '世', '😀', 0x7FF, 0x800, 0xFFFF, 0x10000} {
		mine := encode(r)
		goes := []byte(string(r))
		fmt.Printf("%U % x %v\n", r, mine, string(mine) == string(goes))
	}
	count := 0
	s := "naïve café 日本"
	for _, c := range []byte(s) {
		if c&0xC0 != 0x80 {
			count++
		}
	}
	fmt.Println(count, len([]rune(s)), len(s))
}
