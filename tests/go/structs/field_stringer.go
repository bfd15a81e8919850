package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Where string
	T     Temp // exported: fmt calls String
	t     Temp // unexported: fmt cannot call methods, prints the raw value
}

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.N) }

func main() {
	r := Reading{"lab", 21.5, 19.25}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", r, r)
	fmt.Println(r.T, r.t)
	fmt.Println([]Temp{1, 2.5})
	v := PtrStringer{3}
	fmt.Println(v, &v)
	fmt.Printf("%v %s %d\n", &v, &v, v)
	fmt.Println([]*PtrStringer{{1}, {2}})
	fmt.Println(map[string]Temp{"x": 0})
}
