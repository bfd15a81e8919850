package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows, cols, make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var sum float64
			for k := range m.cols {
				sum += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, sum)
		}
	}
	return r, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := range m.rows {
		b.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.1f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// Integer matrices as 2D arrays.
type M2 [2][2]int64

func (a M2) Mul(b M2) M2 {
	var c M2
	for i := range 2 {
		for j := range 2 {
			for k := range 2 {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func fibMatrix(n int) int64 {
	result := M2{{1, 0}, {0, 1}}
	base := M2{{1, 1}, {1, 0}}
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
		n >>= 1
	}
	return result[0][1]
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Print(a, b, c, err, "\n")
	fmt.Print(a.Transpose())
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	id, _ := c.Mul(Identity(2))
	fmt.Print(id)
	sq, _ := New(2, 2, 0, 1, -1, 0).Mul(New(2, 2, 0, 1, -1, 0))
	fmt.Print(sq)
	for _, n := range []int{1, 2, 10, 50, 90} {
		fmt.Print(fibMatrix(n), " ")
	}
	fmt.Println()
	fmt.Println(M2{{1, 2}, {3, 4}}.Mul(M2{{5, 6}, {7, 8}}))
}
