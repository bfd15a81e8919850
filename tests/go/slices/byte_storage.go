package main

import "fmt"

// Byte and bool slices (stored one byte per element) through every
// operation that reaches their storage.
func main() {
	b := []byte("hello")
	b = append(b, ' ', 'w')
	b = append(b, "orld"...)
	fmt.Println(string(b), len(b), b[4], b[len(b)-1])
	p := &b[0]
	*p = 'H'
	*p++
	fmt.Println(string(b[:5]), b[0])
	c := make([]byte, 3)
	n := copy(c, b[6:])
	fmt.Println(n, string(c), c)
	n = copy(c, "xyz!")
	fmt.Println(n, string(c))
	c[1] = 255
	c[2] += 2
	fmt.Println(c, c[1]+1)
	flags := make([]bool, 5)
	flags[1], flags[3] = true, true
	flags = append(flags, true)
	cnt := 0
	for i, f := range flags {
		if f {
			cnt += i
		}
	}
	fmt.Println(flags, cnt)
	var grid [][]bool
	for i := 0; i < 3; i++ {
		row := make([]bool, 3)
		row[i] = true
		grid = append(grid, row)
	}
	fmt.Println(grid)
	ok := new(bool)
	*ok = !*ok
	var u8 = new(uint8)
	*u8 = 250
	*u8 += 10
	fmt.Println(*ok, *u8)
	big := make([]byte, 0)
	for i := 0; i < 1000; i++ {
		big = append(big, byte(i))
	}
	sum := 0
	for _, x := range big {
		sum += int(x)
	}
	fmt.Println(len(big), sum, big[999], fmt.Sprintf("%x", big[:4]), fmt.Sprintf("%q", []byte("a\tb")))
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len(r))
}
