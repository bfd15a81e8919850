package main

import "fmt"

type Incer interface{ Inc() }
type Getter interface{ Get() int }

type Val struct{ n int }

func (v Val) Get() int { return v.n }
func (v *Val) Inc()    { v.n++ }

type Embeds struct{ Val }
type EmbedsPtr struct{ *Val }

func main() {
	v := Val{1}
	var g Getter = v // value has Get
	var gp Getter = &v
	var i Incer = &v // only *Val has Inc
	i.Inc()
	fmt.Println(g.Get(), gp.Get(), v.n)
	e := Embeds{Val{10}}
	var ig Getter = e
	var ii Incer = &e // Inc promoted only through *Embeds
	ii.Inc()
	fmt.Println(ig.Get(), e.n)
	ep := EmbedsPtr{&Val{20}}
	var ii2 Incer = ep // *Val embedded: value EmbedsPtr has Inc
	ii2.Inc()
	fmt.Println(ep.Get(), ep.n)
	_, ok := interface{}(v).(Incer)
	_, ok2 := interface{}(&v).(Incer)
	_, ok3 := interface{}(e).(Incer)
	_, ok4 := interface{}(ep).(Incer)
	fmt.Println(ok, ok2, ok3, ok4)
}
