package main

import (
	"fmt"
	"strconv"
)

type Visitor interface {
	VisitNum(n int) string
	VisitAdd(a, b Node) string
}

type Node interface{ Accept(v Visitor) string }

type Num int
type Add struct{ L, R Node }

func (n Num) Accept(v Visitor) string { return v.VisitNum(int(n)) }
func (a Add) Accept(v Visitor) string { return v.VisitAdd(a.L, a.R) }

type Printer struct{}

func (Printer) VisitNum(n int) string       { return fmt.Sprint(n) }
func (p Printer) VisitAdd(a, b Node) string { return "(" + a.Accept(p) + "+" + b.Accept(p) + ")" }

type Evaluator struct{ calls *int }

func (e Evaluator) VisitNum(n int) string { *e.calls++; return fmt.Sprint(n) }
func (e Evaluator) VisitAdd(a, b Node) string {
	*e.calls++
	x, _ := strconv.Atoi(a.Accept(e))
	y, _ := strconv.Atoi(b.Accept(e))
	return strconv.Itoa(x + y)
}

func main() {
	tree := Add{Num(1), Add{Num(2), Num(3)}}
	fmt.Println(tree.Accept(Printer{}))
	calls := 0
	fmt.Println(tree.Accept(Evaluator{&calls}))
	fmt.Println(calls)
}
