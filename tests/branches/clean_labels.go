package main

func main() {
	n := 0
Outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if j == 1 {
				continue Outer
			}
			if i == 2 {
				break Outer
			}
			n++
		}
	}
	switch n {
	case 2:
		fallthrough
	case 3:
		n++
	}
	if n > 0 {
		goto End
	}
	n = 10
End:
	println(n)
}
