package main

import "fmt"

func main() {
	vals := []int{0, 1, -1, 255, -255, 4096, 123456789}
	for _, v := range vals {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%#x] [%X] [%#o] [%O] [%b]\n",
			v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%08x] [%#08x] [%-#8x] [%.4d] [%8.4d]\n", 255, 255, 255, 42, 42)
	var u8 uint8 = 200
	var i8 int8 = -56
	fmt.Printf("%d %x %b %d %x %b\n", u8, u8, u8, i8, i8, i8)
	fmt.Printf("%c %c %q %U %#U\n", 65, 0x4E16, 'x', 'é', '😀')
	fmt.Printf("%v %v\n", int64(-1)<<63, uint64(1)<<63)
}
