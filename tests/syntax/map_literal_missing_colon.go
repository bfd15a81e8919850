package main

func main() {
	ages := map[string]int{
		"ann" 31,
	}
	println(len(ages))
}
