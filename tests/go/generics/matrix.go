package main

import (
	"errors"
	"fmt"
)

type Scalar interface {
	~int | ~int64 | ~float64 | ~complex128
}

type Matrix[T Scalar] struct {
	rows, cols int
	data       []T
}

func New[T Scalar](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Scalar](n int) *Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(r, c int) T     { return m.data[r*m.cols+c] }
func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

var ErrShape = errors.New("shape mismatch")

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := New[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	out := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Matrix[T]) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		s += fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols])
		if i < m.rows-1 {
			s += "\n"
		}
	}
	return s
}

func Pow[T Scalar](m *Matrix[T], n int) *Matrix[T] {
	r := Identity[T](m.rows)
	for ; n > 0; n-- {
		r, _ = r.Mul(m)
	}
	return r
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Println(a)
	fmt.Println(a.Transpose())
	p, err := a.Mul(a.Transpose())
	fmt.Println(p, err)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fib := New[int64](2, 2, 1, 1, 1, 0)
	fmt.Println(Pow(fib, 50).At(0, 1))
	f := New(2, 2, 0.5, 0, 0, 2)
	fmt.Println(Pow(f, 3))
	c := New(1, 1, complex(0, 1))
	fmt.Println(Pow(c, 2), Pow(c, 4))
	fmt.Println(Identity[float64](3))
}
