// Bytes move between byte arrays ([N]byte) and byte slices made by make,
// conversions and append, in both directions: copy, append of a slice of
// an array, append into an array's slice, and growing out of the array.
package main

import "fmt"

func main() {
	t := [4]byte{'a', 'b', 'c', 'd'}
	fmt.Printf("%q\n", append([]byte(nil), t[2:4]...))
	d := make([]byte, 4)
	fmt.Println(copy(d, t[:]), d)

	var buf [8]byte
	b := buf[:0]
	b = append(b, 'x', 'y')
	fmt.Println(b, buf)
	fmt.Println(copy(buf[2:], []byte("hello")), buf, string(buf[:7]))
	b = append(buf[:1], "abc"...)
	fmt.Println(string(b), buf)

	var u [6]byte
	s := append(u[:0], 'x')
	s = append(s, "yz"...)
	s = append(s, 'w', 'v', 'q', 'r')
	fmt.Println(string(s), u, len(s))

	var grid [3][4]byte
	for i := range grid {
		copy(grid[i][:], fmt.Sprintf("r%d..", i))
	}
	row := append([]byte{}, grid[1][:]...)
	fmt.Printf("%q %q\n", row, grid)

	var w [5]int
	ws := []int{9, 8, 7}
	n := copy(w[1:], ws)
	fmt.Println(n, w)
	ws = append(w[:2], ws...)
	fmt.Println(ws, w)
}
