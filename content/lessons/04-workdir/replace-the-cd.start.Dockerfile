FROM python:3.12-slim
COPY requirements.txt /app/
RUN cd /app && pip install --no-cache-dir -r requirements.txt
COPY . /app/
CMD ["python", "/app/main.py"]
