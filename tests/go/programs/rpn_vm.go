package main

import (
	"fmt"
	"strconv"
)

// A tiny stack machine: compiles an RPN program to instructions and runs it.

type OpCode byte

const (
	PUSH OpCode = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
)

var names = map[OpCode]string{PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DIV: "DIV", DUP: "DUP", SWAP: "SWAP", JZ: "JZ", JMP: "JMP", PRINT: "PRINT", HALT: "HALT"}

func (o OpCode) String() string { return names[o] }

type Instr struct {
	Op  OpCode
	Arg int
}

type VM struct {
	stack []int
	pc    int
	steps int
	out   []string
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(code []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm fault at pc=%d: %v", vm.pc, r)
		}
	}()
	for {
		in := code[vm.pc]
		vm.pc++
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			case DIV:
				vm.push(a / b)
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case JZ:
			if vm.pop() == 0 {
				vm.pc = in.Arg
			}
		case JMP:
			vm.pc = in.Arg
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.stack[len(vm.stack)-1]))
		case HALT:
			return nil
		}
	}
}

func main() {
	// countdown from 5, printing each value
	countdown := []Instr{
		{PUSH, 5},
		{PRINT, 0},
		{DUP, 0},
		{JZ, 7},
		{PUSH, 1},
		{SUB, 0},
		{JMP, 1},
		{HALT, 0},
	}
	vm := &VM{}
	fmt.Println(vm.Run(countdown), vm.out, vm.steps, vm.stack)
	for i, in := range countdown[:3] {
		fmt.Printf("%02d %-5v %d\n", i, in.Op, in.Arg)
	}
	bad := []Instr{{PUSH, 1}, {PUSH, 0}, {DIV, 0}, {HALT, 0}}
	vm2 := &VM{}
	fmt.Println(vm2.Run(bad))
	under := []Instr{{ADD, 0}}
	fmt.Println((&VM{}).Run(under))
	runaway := []Instr{{PUSH, 1}}
	fmt.Println((&VM{}).Run(runaway))
}
