package main

func main() {
	a := 0b2
	b := 0o8
	c := 0x
	d := 1__0
	e := 1e+
	f := '\z'
	g := "\k"
	h := 'ab'
	i := 09
	j := 0x1p
	k := 0b
	l := ''
	println(a, b, c, d, e, f, g, h, i, j, k, l)
}
