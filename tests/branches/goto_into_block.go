package main

func main() {
	goto Inner
	{
	Inner:
		println()
	}
}
