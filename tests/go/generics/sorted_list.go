package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~uint | ~float64 | ~string
}

type SortedList[T Ordered] struct{ xs []T }

func (s *SortedList[T]) search(v T) int {
	lo, hi := 0, len(s.xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if s.xs[mid] < v {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func (s *SortedList[T]) Insert(vs ...T) {
	for _, v := range vs {
		i := s.search(v)
		s.xs = append(s.xs, v)
		copy(s.xs[i+1:], s.xs[i:])
		s.xs[i] = v
	}
}

func (s *SortedList[T]) Remove(v T) bool {
	i := s.search(v)
	if i < len(s.xs) && s.xs[i] == v {
		s.xs = append(s.xs[:i], s.xs[i+1:]...)
		return true
	}
	return false
}

func (s *SortedList[T]) Contains(v T) bool {
	i := s.search(v)
	return i < len(s.xs) && s.xs[i] == v
}

func (s *SortedList[T]) Range(lo, hi T) []T {
	return s.xs[s.search(lo):s.search(hi)]
}

func Merge[T Ordered](a, b *SortedList[T]) *SortedList[T] {
	out := &SortedList[T]{xs: make([]T, 0, len(a.xs)+len(b.xs))}
	i, j := 0, 0
	for i < len(a.xs) && j < len(b.xs) {
		if a.xs[i] <= b.xs[j] {
			out.xs = append(out.xs, a.xs[i])
			i++
		} else {
			out.xs = append(out.xs, b.xs[j])
			j++
		}
	}
	out.xs = append(append(out.xs, a.xs[i:]...), b.xs[j:]...)
	return out
}

func main() {
	var s SortedList[int]
	s.Insert(5, 1, 9, 3, 7, 3)
	fmt.Println(s.xs, s.Contains(3), s.Contains(4))
	fmt.Println(s.Remove(3), s.Remove(4), s.xs)
	fmt.Println(s.Range(2, 8), s.Range(10, 20), s.Range(0, 100))
	var w SortedList[string]
	w.Insert("pear", "apple", "fig", "banana")
	fmt.Println(w.xs, w.Range("b", "g"))
	var f1, f2 SortedList[float64]
	f1.Insert(0.5, 2.5, 4.5)
	f2.Insert(1, 2.5, 10)
	fmt.Println(Merge(&f1, &f2).xs)
	var e SortedList[uint]
	fmt.Println(e.Remove(1), e.Contains(0), len(e.Range(0, 5)))
}
