package main

type Resetter interface{ Reset() }

type buf struct{ n int }

func (b *buf) Reset() { b.n = 0 }

func ResetAll[T Resetter](xs []T) {
	for _, x := range xs {
		x.Reset()
	}
}

func main() {
	ResetAll([]buf{{1}}) // ERROR "in call to ResetAll, T"
}
