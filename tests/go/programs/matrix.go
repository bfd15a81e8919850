package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) Transpose() Matrix {
	out := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Pow(n int) Matrix {
	result := Identity(len(a))
	base := a
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
		n >>= 1
	}
	return result
}

func (a Matrix) Print() {
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%8.2f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Mul(b).Print()
	a.Transpose().Print()
	fib := Matrix{{1, 1}, {1, 0}}
	fmt.Println(fib.Pow(30)[0][1])
	rot := Matrix{{0, -1}, {1, 0}}
	fmt.Println(rot.Pow(4), rot.Pow(2))
	n := 30
	m := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			m[i][j] = float64((i*j)%7) - 3
		}
	}
	p := m.Mul(m).Mul(m)
	var trace float64
	for i := 0; i < n; i++ {
		trace += p[i][i]
	}
	fmt.Println(trace)
}
