package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0x1f, 0o17, 017, 0b1011, 0b11, 1_000_000, 0x_ff_ff)
	fmt.Println(1e3, 1.5e-2, .5, 1., 0x1p4, 0x1.8p1, 1_0.2_5)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\U0001F600', '\'', '\\', '\000')
	fmt.Println("tab\there", "quote\"", `raw\n`, "\u00e9\xc3\xa9")
	fmt.Println(len(`a
b`), len("\xff"), len("é"))
	var f32 float32 = 1e10
	fmt.Println(f32)
	fmt.Println(0i, 2i, 1.5i, 0x10i)
}
