package main

import "fmt"

type Deque[T any] struct {
	front, back []T // front is stored reversed
}

func (d *Deque[T]) PushFront(v T) { d.front = append(d.front, v) }
func (d *Deque[T]) PushBack(v T)  { d.back = append(d.back, v) }
func (d *Deque[T]) Len() int      { return len(d.front) + len(d.back) }

func (d *Deque[T]) PopFront() (T, bool) {
	var zero T
	if len(d.front) > 0 {
		v := d.front[len(d.front)-1]
		d.front = d.front[:len(d.front)-1]
		return v, true
	}
	if len(d.back) > 0 {
		v := d.back[0]
		d.back = d.back[1:]
		return v, true
	}
	return zero, false
}

func (d *Deque[T]) PopBack() (T, bool) {
	var zero T
	if len(d.back) > 0 {
		v := d.back[len(d.back)-1]
		d.back = d.back[:len(d.back)-1]
		return v, true
	}
	if len(d.front) > 0 {
		v := d.front[0]
		d.front = d.front[1:]
		return v, true
	}
	return zero, false
}

func (d *Deque[T]) Slice() []T {
	out := make([]T, 0, d.Len())
	for i := len(d.front) - 1; i >= 0; i-- {
		out = append(out, d.front[i])
	}
	return append(out, d.back...)
}

// SlidingMax uses a deque of indexes.
func SlidingMax[T ~int | ~float64](xs []T, k int) []T {
	var dq Deque[int]
	var out []T
	for i, x := range xs {
		for dq.Len() > 0 {
			j, _ := dq.PopBack()
			if xs[j] > x {
				dq.PushBack(j)
				break
			}
		}
		dq.PushBack(i)
		if f, _ := dq.PopFront(); f <= i-k {
			// dropped: out of the window
		} else {
			dq.PushFront(f)
		}
		if i >= k-1 {
			f, _ := dq.PopFront()
			dq.PushFront(f)
			out = append(out, xs[f])
		}
	}
	return out
}

func main() {
	var d Deque[string]
	d.PushBack("b")
	d.PushFront("a")
	d.PushBack("c")
	d.PushFront("z")
	fmt.Println(d.Slice(), d.Len())
	v, _ := d.PopBack()
	w, _ := d.PopFront()
	fmt.Println(v, w, d.Slice())
	d.PopBack()
	d.PopBack()
	_, ok := d.PopFront()
	fmt.Println(ok, d.Len())
	fmt.Println(SlidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	fmt.Println(SlidingMax([]float64{2.5, 1, 0.5}, 1))
}
