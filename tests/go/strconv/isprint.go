package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	runes := []rune{
		0, 0x1f, ' ', 'a', '~', 0x7f, 0x80, 0x9f, 0xa0, 0xa1, 0xad, 0xff, 0x100, 0x378, 0x37a,
		0x3000, 0x2028, 0x2029, 0x200b, 0x200e, 0xfeff, 0xfffd, 0xfffe, 0xffff, 0xd800, 0xdfff,
		0x10000, 0x1000c, 0x1f600, 0x1f6ff, 0x1fffe, 0x20000, 0x2a6df, 0x2fa1d, 0x30000, 0xe0001,
		0xe0100, 0xf0000, 0x10fffd, 0x10ffff, 0x110000, -1, '世', 'é', '\u00a0', '\u1680', '\u180e',
	}
	for _, r := range runes {
		fmt.Printf("%#x: IsPrint=%v IsGraphic=%v unicode.IsPrint=%v unicode.IsGraphic=%v\n",
			r, strconv.IsPrint(r), strconv.IsGraphic(r), unicode.IsPrint(r), unicode.IsGraphic(r))
	}

	// Counts per 4096-rune block over the BMP, and samples of the others.
	total, graphic := 0, 0
	for base := rune(0); base < 0x10000; base += 0x1000 {
		p, g := 0, 0
		for r := base; r < base+0x1000; r++ {
			if strconv.IsPrint(r) {
				p++
			}
			if strconv.IsGraphic(r) {
				g++
			}
		}
		total += p
		graphic += g
		fmt.Printf("block %#06x: print %4d graphic %4d\n", base, p, g)
	}
	fmt.Println("total", total, graphic)
	sample := 0
	for r := rune(0x10000); r < 0x20000; r += 5 {
		if strconv.IsPrint(r) {
			sample++
		}
	}
	fmt.Println("sampled printable in plane 1:", sample)
	sample = 0
	for r := rune(0x20000); r <= 0x10ffff; r += 97 {
		if strconv.IsPrint(r) {
			sample++
		}
	}
	fmt.Println("sampled printable above 0x20000:", sample)

	// strconv agrees with unicode on (every third rune of) the BMP.
	diff := 0
	for r := rune(0); r < 0x10000; r += 3 {
		if strconv.IsPrint(r) != unicode.IsPrint(r) {
			diff++
		}
	}
	fmt.Println("BMP disagreements with unicode.IsPrint:", diff)
}
