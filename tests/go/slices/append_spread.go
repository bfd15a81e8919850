package main

import "fmt"

type cell struct {
	name string
	vals []int
}

func joined(parts ...[]int) []int {
	var out []int
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func main() {
	src := []int{5, 6, 7, 8}
	dup := append([]int(nil), src...)
	dup[0] = -5
	fmt.Println(src, dup, len(dup), cap(dup))

	// Removing an element in place shares the array.
	cut := append(src[:1], src[2:]...)
	fmt.Println(cut, src, len(cut), cap(cut))

	// Appending a slice to itself copies before writing.
	self := []int{1, 2}
	self = append(self, self...)
	self = append(self, self...)
	fmt.Println(self, len(self), cap(self))

	var buf []byte
	buf = append(buf, "größe"...)
	buf = append(buf, '!')
	buf = append(buf, []byte(" ok")...)
	fmt.Println(string(buf), len(buf), cap(buf))

	var cells []cell
	for i := 0; i < 4; i++ {
		cells = append(cells, []cell{{fmt.Sprint("c", i), []int{i}}, {"pad", nil}}...)
	}
	fmt.Println(len(cells), cap(cells), cells[6].name, cells[6].vals)

	words := []string{}
	for i := 0; i < 300; i++ {
		words = append(words, []string{fmt.Sprint(i), "-"}...)
	}
	fmt.Println(len(words), cap(words), words[598], words[599])

	fmt.Println(joined([]int{1}, nil, []int{2, 3}, []int{}), len(joined()))

	var none []int
	none = append(none, []int{}...)
	fmt.Println(len(none), cap(none))
}
