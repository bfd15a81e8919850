package main

func main() {
	f := func() {
	L:
		println()
	}
Outer:
	for {
		g := func() {
			break Outer
		}
		g()
		h := func() {
			for {
				func() {
					continue
				}()
			}
		}
		h()
		break
	}
	f()
}
