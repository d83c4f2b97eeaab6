FROM python:3.9
WORKDIR /app
COPY python/hello_world ./hello_world
