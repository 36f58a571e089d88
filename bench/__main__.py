from bench.run import bench

bench(prog_name="python -m bench")
