package main

func main() {
A:
	x := 1
	_ = x
B:
	{
	}
}
