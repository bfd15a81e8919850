package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec        { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(f float64) Vec  { return Vec{v.X * f, v.Y * f} }
func (v *Vec) Normalize()          { l := v.X*v.X + v.Y*v.Y; v.X /= l; v.Y /= l }
func (v Vec) String() string       { return fmt.Sprintf("(%g,%g)", v.X, v.Y) }

type Particle struct {
	Pos, Vel Vec
	Tag      string
}

type Inventory struct {
	Items map[string]int
	Log   []string
}

func main() {
	// Values in maps can't be modified in place: copy, modify, store.
	ps := map[string]Particle{"a": {Pos: Vec{0, 0}, Vel: Vec{1, 2}, Tag: "a"}}
	p := ps["a"]
	p.Pos = p.Pos.Add(p.Vel)
	ps["a"] = p
	fmt.Println(ps["a"].Pos, ps)

	// Pointers in maps can be.
	pp := map[string]*Particle{"b": {Vel: Vec{3, 4}}}
	pp["b"].Pos = pp["b"].Pos.Add(pp["b"].Vel.Scale(2))
	fmt.Println(pp["b"].Pos, *pp["b"])

	// Range copies struct elements.
	parts := []Particle{{Tag: "x"}, {Tag: "y"}}
	for _, q := range parts {
		q.Tag += "!"
	}
	for i := range parts {
		parts[i].Vel = Vec{float64(i), 1}
	}
	fmt.Println(parts)

	// Arrays of structs copy deeply; slices inside share.
	type Team struct {
		Members [2]string
		Scores  []int
	}
	t1 := Team{[2]string{"ann", "bob"}, []int{1, 2}}
	t2 := t1
	t2.Members[0] = "zed"
	t2.Scores[0] = 100
	fmt.Println(t1, t2)

	// Struct containing a map: copies share the map.
	inv := Inventory{Items: map[string]int{"apple": 1}}
	inv2 := inv
	inv2.Items["pear"] = 2
	inv2.Log = append(inv2.Log, "added pear")
	fmt.Println(inv.Items, len(inv.Log), inv2.Log)

	// Method on addressable struct field through a value receiver chain.
	v := Vec{3, 4}
	v.Normalize()
	fmt.Printf("%.3f %.3f %v\n", v.X, v.Y, v)
	arr := [2]Vec{{1, 1}, {2, 2}}
	arr[1].Normalize()
	fmt.Println(arr)
	// Returning structs by value.
	mk := func(n int) Particle { return Particle{Tag: fmt.Sprint("p", n)} }
	fmt.Println(mk(1).Tag, mk(2).Pos.Add(Vec{1, 1}))
	// Comparing structs with nested arrays.
	type Key struct {
		A [2]int
		S string
	}
	fmt.Println(Key{[2]int{1, 2}, "s"} == Key{[2]int{1, 2}, "s"}, Key{} == Key{S: ""})
	// Anonymous struct slices and printing.
	rows := []struct {
		Name string
		Qty  int
	}{{"a", 1}, {"b", 2}}
	rows[1].Qty *= 10
	fmt.Printf("%v %+v\n", rows, rows[1])
	var zero Particle
	fmt.Printf("%v|%+v\n", zero, zero)
}
